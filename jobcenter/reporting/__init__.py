"""PIRL build and edit checks, the quarterly performance report and Effectiveness in Serving Employers."""
