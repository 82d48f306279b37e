import PMOCLI

PMOCommand.runMain()
