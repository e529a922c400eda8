# Reading datasets as people write them, with every check on a file done here.
#
# The files live once, in shared_data/ at the top of the repository, and the
# package carries a copy (see shared_data_dir()). This file is the edge where
# input is checked: a bad file gets one clear message naming the file, the
# line and the column, and the network code can trust what it is given.
# Mirrors python/src/scratchnet/datasets.py.
#
# A dataset is a CSV file with a header line, read as people write it (see
# read_dataset()). The targets are the columns named in `target`; by default
# the y or y1, y2, ... columns, else the last column. Every other column is a
# feature.

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
#' Gives the folder of the data this package carries.
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

# A table the package reads at run time (checks.json, cli.json,
# experiments.json), as jsonlite::fromJSON(simplifyVector = FALSE) would read
# it. R does not parse the JSON: tables.R holds the tables as R lists, which
# `make data` writes from shared_data/, so the package runs on base R alone.
shared_json <- function(name) {
  shared_tables[[name]]
}

# A JSON file that is not one of those tables (a model, another folder's
# experiments.json), read with jsonlite, which only these readers need. (No
# Python twin: Python's json is in its standard library.)
read_json_file <- function(path) {
  if (!requireNamespace("jsonlite", quietly = TRUE)) {
    stop(scratchnet_error(say("needs_jsonlite", path = path)))
  }
  jsonlite::fromJSON(path, simplifyVector = FALSE)
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

# The cells of one CSV line, trimmed; NULL if a quoted cell is left open.
# Commas split; double quotes group, and "" inside them is one quote.
split_cells <- function(line) {
  if (!grepl('"', line, fixed = TRUE)) {
    # strsplit() drops one trailing empty field ("1,2," gives "1" "2"); adding
    # a comma first makes it split as the quote-aware loop below does.
    return(trimws(strsplit(paste0(line, ","), ",", fixed = TRUE)[[1]]))
  }
  chars <- strsplit(line, "", fixed = TRUE)[[1]]
  cells <- character(0)
  cell <- character(0)
  quoted <- FALSE
  index <- 1
  while (index <= length(chars)) {
    char <- chars[index]
    if (quoted && char == '"' && index < length(chars) &&
        chars[index + 1] == '"') {
      cell <- c(cell, '"')
      index <- index + 1
    } else if (char == '"') {
      quoted <- !quoted
    } else if (char == "," && !quoted) {
      cells <- c(cells, trimws(paste(cell, collapse = "")))
      cell <- character(0)
    } else {
      cell <- c(cell, char)
    }
    index <- index + 1
  }
  cells <- c(cells, trimws(paste(cell, collapse = "")))
  if (quoted) NULL else cells
}

# A CSV file's column names, its values (rows, columns) and each row's line
# number. A leading row-name column (an empty first name) is dropped. Signals
# a scratchnet_error naming the file, and the line and column where there is
# one.
read_table <- function(path) {
  fail <- function(...) stop(scratchnet_error(say(...)))
  reason <- if (!file.exists(path)) {
    "No such file or directory"
  } else if (dir.exists(path)) {
    "Is a directory"
  } else if (file.access(path, 4) != 0) {
    "Permission denied"
  }
  if (!is.null(reason)) fail("cannot_read", path = path, reason = reason)
  lines <- readLines(path, warn = FALSE, encoding = "UTF-8")
  if (!all(validUTF8(lines))) {
    fail("cannot_read", path = path, reason = "not a readable text file")
  }
  if (length(lines) > 0) lines[1] <- sub("^\ufeff", "", lines[1])
  if (length(lines) == 0 || trimws(lines[1]) == "") {
    fail("empty_file", path = path)
  }
  names <- split_cells(lines[1])
  if (is.null(names)) fail("open_quote", where = paste(path, "line 1"))
  drop <- if (length(names) > 1 && names[1] == "") 1 else 0
  names <- names[setdiff(seq_along(names), seq_len(drop))]
  for (name in names) {
    if (sum(names == name) > 1) fail("duplicate_column", path = path, column = name)
  }
  rows <- list()
  numbers <- integer(0)
  for (line_number in seq_along(lines)[-1]) {
    line <- lines[line_number]
    if (trimws(line) == "") next
    where <- paste0(path, " line ", line_number)
    cells <- split_cells(line)
    if (is.null(cells)) fail("open_quote", where = where)
    cells <- cells[setdiff(seq_along(cells), seq_len(drop))]
    if (length(cells) != length(names)) {
      fail("cell_count", where = where, cells = length(cells),
           columns = length(names))
    }
    numeric_cells <- suppressWarnings(as.numeric(cells))
    bad <- which(!is_decimal(cells) | !is.finite(numeric_cells))
    if (length(bad) > 0) {
      cell <- cells[bad[1]]
      what <- if (cell == "") "an empty cell" else paste0("'", cell, "'")
      fail("not_a_number", where = where, column = names[bad[1]], what = what)
    }
    rows[[length(rows) + 1]] <- numeric_cells
    numbers <- c(numbers, line_number)
  }
  if (length(rows) == 0) fail("no_data_rows", path = path)
  list(names = names,
       values = matrix(unlist(rows), nrow = length(rows), byrow = TRUE),
       lines = numbers)
}

#' Read and check one dataset CSV, written as people write them
#'
#' Reads and checks one dataset CSV.
#' Taken as people write them: quoted headers and cells, a UTF-8 byte-order
#' mark, CRLF line ends, blank lines, and a leading row-name column with an
#' empty name (R's `write.csv()` and pandas' `to_csv` write one), which is
#' dropped. Every cell must be a finite decimal number and every target in
#' \[0, 1\].
#'
#' @param path The CSV file.
#' @param target The names of the target columns; by default the `y` or
#'   `y1, y2, ...` columns, else the last column. Every other column is a
#'   feature.
#' @return A list: `X` (n x d) and `y` (n x k), numeric matrices,
#'   `features` and `targets`, their column names, and `last_column`: whether
#'   the target fell back to the last column, which a run says. Signals a
#'   `scratchnet_error` naming the file, and the line and column where there
#'   is one.
#' @examples
#' path <- tempfile(fileext = ".csv")
#' write.csv(data.frame(weight = c(-2, 25), female = c(1, 0)), path)
#' read_dataset(path)
#' @export
read_dataset <- function(path, target = NULL) {
  table <- read_table(path)
  names <- table$names
  if (length(target) > 0) {
    for (name in target) {
      if (!name %in% names) {
        stop(scratchnet_error(say("no_such_column", path = path, column = name,
                                  columns = paste(names, collapse = ", "))))
      }
    }
    targets <- target
  } else {
    targets <- names[grepl("^y[0-9]*$", names)]
    if (length(targets) == 0) targets <- names[length(names)]
  }
  last_column <- length(target) == 0 && !grepl("^y[0-9]*$", targets[1])
  features <- names[!names %in% targets]
  if (length(features) == 0) {
    stop(scratchnet_error(say("no_features", path = path)))
  }
  X <- table$values[, match(features, names), drop = FALSE]
  y <- table$values[, match(targets, names), drop = FALSE]
  outside <- which(t(y < 0 | y > 1))
  if (length(outside) > 0) {
    row <- (outside[1] - 1) %/% ncol(y) + 1
    column <- (outside[1] - 1) %% ncol(y) + 1
    stop(scratchnet_error(say(
      "target_outside", where = paste0(path, " line ", table$lines[row]),
      column = targets[column], cell = sprintf("%g", y[row, column])
    )))
  }
  list(X = X, y = y, features = features, targets = targets,
       last_column = last_column)
}

#' Load a shipped dataset by name, or any dataset CSV by path
#'
#' @param name_or_path A name from [dataset_names()] ("toy"), or a path ending
#'   in ".csv".
#' @param data_dir The shared_data folder.
#' @param target The target columns' names (see [read_dataset()]).
#' @return What [read_dataset()] returns, with the dataset's `name` and
#'   `path`.
#' @examples
#' moons <- load_dataset("moons")
#' dim(moons$X)
#' @export
load_dataset <- function(name_or_path, data_dir = shared_data_dir(),
                         target = NULL) {
  path <- dataset_path(name_or_path, data_dir)
  c(list(name = sub("\\.csv$", "", basename(path)), path = path),
    read_dataset(path, target))
}

# The file of a shipped dataset's name, or the given path ending in .csv.
dataset_path <- function(name_or_path, data_dir = shared_data_dir()) {
  if (grepl("\\.csv$", name_or_path)) return(name_or_path)
  names <- dataset_names(data_dir)
  if (!name_or_path %in% names) {
    stop(scratchnet_error(say("unknown_dataset", name = name_or_path,
                              known = paste(names, collapse = ", "))))
  }
  file.path(data_dir, "datasets", paste0(name_or_path, ".csv"))
}

#' Scale each column to \[0, 1\]: (X - column min) / (column max - column min)
#'
#' @param X An n x d matrix; no column may be constant.
#' @return An n x d matrix.
#' @examples
#' min_max_scale(matrix(c(1, 3, 2, -5, 5, 0), 3))
#' @export
min_max_scale <- function(X) {
  low <- apply(X, 2, min)
  high <- apply(X, 2, max)
  sweep(sweep(X, 2, low, "-"), 2, high - low, "/")
}

# The kinds of fit_scaling() (the command line's --scale offers the same).
scalings <- c("none", "minmax", "standard")

#' How to scale each input column, learned from the training rows
#'
#' Learns from the training rows how to scale each input column.
#' `"minmax"` maps each column onto \[0, 1\] (center = min, scale = max -
#' min); `"standard"` to mean 0 and standard deviation 1, the population one
#' (dividing by n, as Python does; R's `sd()` divides by n - 1). The result
#' is stored with a saved model, so new data is scaled exactly as the
#' training data.
#'
#' @param X The training rows' inputs, an n x d matrix.
#' @param kind `"none"`, `"minmax"` or `"standard"`.
#' @param features The column names, for the message about a constant column.
#' @return A list: `kind`, `center` and `scale` (one number per column).
#' @examples
#' fit_scaling(matrix(c(1, 2, 3, 10, 20, 30), 3), "standard", c("a", "b"))
#' @export
fit_scaling <- function(X, kind, features) {
  if (!kind %in% scalings) {
    stop(scratchnet_error(say("choice", name = "scale",
                              choices = paste(scalings, collapse = ", "),
                              got = sprintf("'%s'", kind))))
  }
  if (kind == "none") {
    center <- rep(0, ncol(X))
    scale <- rep(1, ncol(X))
  } else if (kind == "minmax") {
    center <- apply(X, 2, min)
    scale <- apply(X, 2, max) - center
  } else {
    center <- colMeans(X)
    scale <- sqrt(colMeans(sweep(X, 2, center)^2))
  }
  for (column in seq_along(scale)) {
    if (scale[column] == 0) {
      stop(scratchnet_error(say("constant_column", name = "X",
                                column = features[column])))
    }
  }
  list(kind = kind, center = unname(center), scale = unname(scale))
}

#' Inputs scaled as fit_scaling() said: (X - center) / scale, by column
#'
#' @param X An n x d matrix.
#' @param scaling What [fit_scaling()] returned.
#' @return An n x d matrix.
#' @examples
#' X <- matrix(c(1, 2, 3, 10, 20, 30), 3)
#' apply_scaling(X, fit_scaling(X, "minmax", c("a", "b")))
#' @export
apply_scaling <- function(X, scaling) {
  n <- nrow(X)
  (X - rep(scaling$center, each = n)) / rep(scaling$scale, each = n)
}
