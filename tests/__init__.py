"""The test suite: a folder per package of exhibit, and checks of the whole (layers, packaging)."""
