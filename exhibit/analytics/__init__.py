"""Visitor analytics: the kiosk's store of visits (sqlite3) and the `exhibit stats` report."""
