"""Start-up and composition: paths, logging, the crash hook, language, migrations, the CLI and the windows."""
