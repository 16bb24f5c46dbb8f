"""What Exhibit reads from its machine and prints: folders, logs, desktop settings, console."""
