"""Project-wide pytest fixtures: personas for authorization matrices, a frozen clock, browser settings."""

pytest_plugins = ["jobcenter.testing.personas", "jobcenter.testing.browser"]
