"""The kiosk's pure parts: admin PIN, kiosk config, content watching and reload, sd_notify."""
