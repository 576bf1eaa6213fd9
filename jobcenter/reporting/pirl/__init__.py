"""The PIRL (Participant Individual Record Layout, ETA-9172): element table, reader, builder, writer."""
