#!/usr/bin/env Rscript
# The R command line: Rscript r/exec/scratchnet.R train [options]
#
# Loads the scratchnet package (from the project's own library, .rlib/ at the
# top of the repository, when there is one) and runs scratchnet::main(), the
# twin of `python -m scratchnet`. Run with --help for the options.

script <- sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)[1])
repo <- normalizePath(file.path(dirname(normalizePath(script)), "..", ".."),
                      mustWork = FALSE)
local_lib <- file.path(repo, ".rlib")
if (dir.exists(local_lib)) .libPaths(c(local_lib, .libPaths()))
if (!requireNamespace("scratchnet", quietly = TRUE)) {
  message("scratchnet: error: the R package is not installed: run `make setup`")
  quit(status = 2)
}
quit(status = scratchnet::main(commandArgs(trailingOnly = TRUE)))
