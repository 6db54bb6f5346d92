import DossierLintCLI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

exit(DossierLint.run(Array(CommandLine.arguments.dropFirst())))
