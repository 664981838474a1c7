"""Question banks: the model, reading and writing YAML, bank files, the loaded library, importing documents."""
