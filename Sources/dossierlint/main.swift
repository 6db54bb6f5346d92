import DossierLintCLI
import Foundation

exit(DossierLint.run(Array(CommandLine.arguments.dropFirst())))
