import PMOCLI

PMOCommand.main()
