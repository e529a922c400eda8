# The shared experiments, and the one recipe that runs any of them.
#
# shared_data/experiments.json names the runs both languages must agree on.
# run_experiment() is the recipe every caller uses (the command line, the
# lessons, the harness, the tests): load the data, draw the start from the
# seed, train, and compute the output. Mirrors
# python/src/scratchnet/experiments.py.

#' The named runs of experiments.json
#'
#' @param data_dir The shared_data folder.
#' @return A list of lists, each with `name`, `dataset`, `seed`, `hidden`,
#'   `lr`, `epochs`, and how it must learn (`max_abs_error` or
#'   `min_accuracy`).
#' @examples
#' vapply(load_experiments(), `[[`, "", "name")
#' @export
load_experiments <- function(data_dir = shared_data_dir()) {
  .read_experiments(data_dir)$experiments
}

#' How close trained results of two runs must be: rtol and atol
#'
#' The one tolerance for R against Python, train_fast() against train() and
#' both against the golden results; experiments.json says why it has this
#' size.
#'
#' @param data_dir The shared_data folder.
#' @return A list: `rtol`, `atol`.
#' @keywords internal
agreement_tolerance <- function(data_dir = shared_data_dir()) {
  tolerance <- .read_experiments(data_dir)$tolerance
  list(rtol = tolerance$rtol, atol = tolerance$atol)
}

# Which experiment the picture of learning shows, and every how many epochs.
learning_setting <- function(data_dir = shared_data_dir()) {
  .read_experiments(data_dir)$learning
}

#' The rows kept for training and the rows held out, from the seed
#'
#' Splits the rows into those kept for training and those held out, from the
#' seed.
#' `floor(fraction * n)` rows are held out: those with the smallest of n
#' uniform draws from the split's own stream (seed `seed + 1000003`, wrapped
#' into the seed range), so the start weights of `init_params(seed)` are
#' untouched and Python, which draws the same numbers, holds out the same
#' rows.
#'
#' @param n The number of rows.
#' @param fraction The share held out, from 0 (none) to below 1.
#' @param seed The run's seed.
#' @return A list: `kept` and `held`, row numbers counted from 1, each sorted.
#' @examples
#' split_rows(10, 0.3, 42)
#' @export
split_rows <- function(n, fraction, seed) {
  held <- floor(fraction * n)
  if (fraction > 0 && !(held > 0 && held < n)) {
    stop(scratchnet_error(say("holdout_size", fraction = sprintf("%g", fraction),
                              rows = n, kept = n - held, held = held)))
  }
  ranked <- order(runif_from_seed(n, split_seed(seed)))
  list(kept = sort(ranked[setdiff(seq_len(n), seq_len(held))]),
       held = sort(ranked[seq_len(held)]))
}

#' Load, split, scale, start from the seed, train, predict: one run
#'
#' @param experiment A name from experiments.json, or a list with the same
#'   fields (`dataset`, `seed`, `hidden`, `lr`, `epochs`) and optionally
#'   `target` (column names), `scale` (`"none"`, `"minmax"` or `"standard"`,
#'   learned from the training rows) and `holdout` (the share of rows held
#'   out, from 0).
#' @param data_dir The shared_data folder.
#' @param fast Train with [train_fast()] instead of [train()].
#' @return A list: `experiment` (the record), `dataset` (with `X` and `y` as
#'   trained on: the training rows, scaled), `scaling`, `initial` and `final`
#'   (parameter lists), `loss` (length epochs), `output`, `accuracy` and
#'   `warnings` on the training rows, and `holdout`: NULL, or the held-out
#'   `rows` (counted from 1), their `X`, `y`, `output`, `loss` and
#'   `accuracy`.
#' @examples
#' run <- run_experiment("toy")
#' round(run$output, 3)
#' @export
run_experiment <- function(experiment, data_dir = shared_data_dir(),
                           fast = FALSE) {
  if (is.character(experiment)) experiment <- .find_experiment(experiment, data_dir)
  data <- load_dataset(experiment$dataset, data_dir, experiment$target)
  X <- data$X
  y <- data$y
  holdout <- if (is.null(experiment$holdout)) 0 else experiment$holdout
  rows <- split_rows(nrow(X), holdout, experiment$seed)
  scale <- if (is.null(experiment$scale)) "none" else experiment$scale
  scaling <- fit_scaling(X[rows$kept, , drop = FALSE], scale, data$features)
  data$X <- apply_scaling(X[rows$kept, , drop = FALSE], scaling)
  data$y <- y[rows$kept, , drop = FALSE]
  initial <- init_params(ncol(data$X), experiment$hidden, ncol(y),
                         experiment$seed)
  trainer <- if (fast) train_fast else train
  trained <- trainer(data$X, data$y, initial, experiment$lr, experiment$epochs)
  held <- NULL
  if (length(rows$held) > 0) {
    held_X <- apply_scaling(X[rows$held, , drop = FALSE], scaling)
    held_y <- y[rows$held, , drop = FALSE]
    held_output <- predict_output(held_X, trained$params)
    held <- list(rows = rows$held, X = held_X, y = held_y, output = held_output,
                 loss = loss(held_y, held_output),
                 accuracy = accuracy(held_y, held_output))
  }
  list(
    experiment = experiment,
    dataset = data,
    scaling = scaling,
    initial = initial,
    final = trained$params,
    loss = trained$loss,
    output = predict_output(data$X, trained$params),
    accuracy = trained$accuracy,
    warnings = trained$warnings,
    holdout = held
  )
}

# The package's own experiments.json is a table of tables.R (no JSON reader
# needed); another folder's is read with jsonlite.
.read_experiments <- function(data_dir) {
  if (identical(normalizePath(data_dir, mustWork = FALSE),
                normalizePath(shared_data_dir()))) {
    return(shared_json("experiments.json"))
  }
  read_json_file(file.path(data_dir, "experiments.json"))
}

.find_experiment <- function(name, data_dir) {
  experiments <- load_experiments(data_dir)
  names <- vapply(experiments, `[[`, "", "name")
  if (!name %in% names) {
    stop(scratchnet_error(sprintf(
      "unknown experiment '%s'; known experiments: %s",
      name, paste(names, collapse = ", ")
    )))
  }
  experiments[[match(name, names)]]
}
