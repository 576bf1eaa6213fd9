"""The one date and date-time format of every page (Django ``FORMAT_MODULE_PATH``): templates write
``|date`` (or ``|date:"DATE_FORMAT"`` / ``|date:"DATETIME_FORMAT"``) and never spell a format of their own."""
