"""`exhibit bench`: start-up, navigation, memory and idle figures, measured in child processes."""
