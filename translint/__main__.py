from translint.cli import main

main()
