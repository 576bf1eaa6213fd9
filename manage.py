#!/usr/bin/env python
"""Django's command-line utility; `jobcenter` (the console script) is the friendlier front."""

from jobcenter.cli import main

if __name__ == "__main__":
    main()
