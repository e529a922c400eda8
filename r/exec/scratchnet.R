#!/usr/bin/env Rscript
# The R command line: Rscript r/exec/scratchnet.R train [options]
#
# Loads the scratchnet package from the project's own library (.rlib/ at the
# top of the repository, made by `make setup`) and runs scratchnet::main(),
# the twin of `python -m scratchnet`. Run with --help for the options.

script <- sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)[1])
here <- dirname(normalizePath(script))
repo <- normalizePath(file.path(here, "..", ".."), mustWork = FALSE)
local_lib <- file.path(repo, ".rlib")
if (dir.exists(local_lib)) .libPaths(c(local_lib, .libPaths()))
installed <- system.file("DESCRIPTION", package = "scratchnet")
if (installed == "") {
  message("scratchnet: error: the R package is not installed: run `make setup`")
  quit(status = 2)
}
sources <- list.files(file.path(repo, "r", "R"), full.names = TRUE)
if (any(file.mtime(sources) > file.mtime(installed))) {
  message("scratchnet: note: r/R/ changed since the package was installed; ",
          "run `make setup` to use the new code")
}
quit(status = scratchnet::main(commandArgs(trailingOnly = TRUE),
                               data_dir = scratchnet::shared_data_dir(here)))
