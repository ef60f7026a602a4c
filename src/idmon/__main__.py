from idmon.cli import main

main()
