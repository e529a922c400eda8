# Reading the shared datasets, with every check on a file done here.
#
# The files live once, in shared_data/ at the top of the repository, and the
# package carries a copy (see shared_data_dir()). This file is the edge where
# input is checked: a bad file gets one clear message naming the file, the
# line and the column, and the network code can trust what it is given.
# Mirrors python/src/scratchnet/datasets.py.
#
# A dataset is a CSV file: a header line, feature columns x1 .. xd, then
# target columns y (one target) or y1 .. yk; every cell a finite decimal
# number, every target in [0, 1].

#' Whether text is a plain decimal number such as -1.5e3
#'
#' Both languages accept exactly these, so both read the same files and the
#' same options the same way: "nan", "inf", "0x1A" and "1_000" (which Python's
#' float() or R's as.numeric() would take) are refused.
#'
#' @param text A character vector: cells or option values.
#' @return A logical vector.
#' @keywords internal
is_decimal <- function(text) {
  grepl("^[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?$", text,
        perl = TRUE)
}

#' The data this package carries: the shipped datasets and experiments
#'
#' A byte-identical copy of the repository's `shared_data/` (`make data`
#' refreshes it, and a test checks it), installed with the package, so
#' [load_dataset()] finds the shipped datasets from any folder.
#'
#' @return The path of the folder that holds `experiments.json` and
#'   `datasets/`.
#' @export
#' @examples
#' dir(shared_data_dir())
shared_data_dir <- function() {
  system.file("extdata", package = "scratchnet", mustWork = TRUE)
}

#' The names of the shipped datasets (shared_data/datasets/*.csv)
#'
#' @param data_dir The shared_data folder.
#' @return A sorted character vector of names, without ".csv".
#' @examples
#' dataset_names()
#' @export
dataset_names <- function(data_dir = shared_data_dir()) {
  files <- list.files(file.path(data_dir, "datasets"), pattern = "\\.csv$")
  sort(sub("\\.csv$", "", files), method = "radix")
}

#' Read and check one dataset CSV
#'
#' @param path The CSV file.
#' @return A list: `X` (n, d) and `y` (n, k), numeric matrices. Signals a
#'   `scratchnet_error` naming the file, and the line and column where there
#'   is one.
#' @examples
#' path <- tempfile(fileext = ".csv")
#' writeLines(c("x1,x2,y", "0,1,1", "1,0,0"), path)
#' read_dataset(path)
#' @export
read_dataset <- function(path) {
  fail <- function(...) stop(scratchnet_error(paste0(...)))
  if (!file.exists(path)) fail("cannot read ", path, ": No such file or directory")
  if (dir.exists(path)) fail("cannot read ", path, ": Is a directory")
  if (file.access(path, 4) != 0) fail("cannot read ", path, ": Permission denied")
  lines <- readLines(path, warn = FALSE, encoding = "UTF-8")
  if (!all(validUTF8(lines))) fail("cannot read ", path, ": not a readable text file")
  if (length(lines) == 0 || trimws(lines[1]) == "") {
    fail(path, ": the file is empty (no header line)")
  }
  # strsplit() drops one trailing empty field ("1,2," gives "1" "2"); adding a
  # comma first makes it split exactly as Python's str.split(",") does.
  split_cells <- function(line) trimws(strsplit(paste0(line, ","), ",", fixed = TRUE)[[1]])
  header <- split_cells(lines[1])
  is_feature <- grepl("^x[0-9]+$", header)
  n_features <- sum(is_feature)
  n_targets <- length(header) - n_features
  if (n_features == 0) fail(path, " line 1: no feature column (x1, x2, ...)")
  if (n_targets == 0) fail(path, " line 1: no target column (y or y1, y2, ...)")
  if (!all(is_feature[seq_len(n_features)]) ||
      !all(grepl("^y[0-9]*$", header[-seq_len(n_features)]))) {
    fail(path, " line 1: the header must be x1..xd then y or y1..yk, got '",
         lines[1], "'")
  }
  rows <- list()
  for (line_number in seq_along(lines)[-1]) {
    line <- lines[line_number]
    if (trimws(line) == "") next
    where <- paste0(path, " line ", line_number)
    cells <- split_cells(line)
    if (length(cells) != length(header)) {
      fail(where, ": ", length(cells), " cells, the header has ", length(header))
    }
    for (column in seq_along(header)) {
      cell <- cells[column]
      if (!is_decimal(cell) || !is.finite(as.numeric(cell))) {
        what <- if (cell == "") "an empty cell" else paste0("'", cell, "'")
        fail(where, ", column ", header[column], ": ", what,
             " is not a finite number")
      }
      if (column > n_features && !(as.numeric(cell) >= 0 && as.numeric(cell) <= 1)) {
        fail(where, ", column ", header[column], ": target ", cell,
             " is outside [0, 1]")
      }
    }
    rows[[length(rows) + 1]] <- as.numeric(cells)
  }
  if (length(rows) == 0) fail(path, ": no data rows after the header")
  table <- matrix(unlist(rows), nrow = length(rows), byrow = TRUE)
  list(
    X = table[, seq_len(n_features), drop = FALSE],
    y = table[, n_features + seq_len(n_targets), drop = FALSE]
  )
}

#' Load a shipped dataset by name, or any dataset CSV by path
#'
#' @param name_or_path A name from [dataset_names()] ("toy"), or a path ending
#'   in ".csv".
#' @param data_dir The shared_data folder.
#' @return A list: `name`, `path`, `X` (n, d), `y` (n, k).
#' @examples
#' moons <- load_dataset("moons")
#' dim(moons$X)
#' @export
load_dataset <- function(name_or_path, data_dir = shared_data_dir()) {
  if (grepl("\\.csv$", name_or_path)) {
    path <- name_or_path
    name <- sub("\\.csv$", "", basename(path))
  } else {
    names <- dataset_names(data_dir)
    if (!name_or_path %in% names) {
      stop(scratchnet_error(sprintf(
        "unknown dataset '%s'; known datasets: %s (or give a path ending in .csv)",
        name_or_path, paste(names, collapse = ", ")
      )))
    }
    name <- name_or_path
    path <- file.path(data_dir, "datasets", paste0(name, ".csv"))
  }
  c(list(name = name, path = path), read_dataset(path))
}

#' Scale each column to \[0, 1\]: (X - column min) / (column max - column min)
#'
#' @param X An (n, d) matrix; no column may be constant.
#' @return An (n, d) matrix.
#' @examples
#' min_max_scale(matrix(c(1, 3, 2, -5, 5, 0), 3))
#' @export
min_max_scale <- function(X) {
  low <- apply(X, 2, min)
  high <- apply(X, 2, max)
  sweep(sweep(X, 2, low, "-"), 2, high - low, "/")
}
