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

#' Load, start from the seed, train, predict: one run, start to end
#'
#' @param experiment A name from experiments.json, or a list with the same
#'   fields (`dataset`, `seed`, `hidden`, `lr`, `epochs`, and optionally
#'   `scale`: `"minmax"` scales each input column to \[0, 1\]).
#' @param data_dir The shared_data folder.
#' @param fast Train with [train_fast()] instead of [train()].
#' @return A list: `experiment` (the record), `dataset` (what
#'   [load_dataset()] gave, with `X` as trained on), `initial` and `final`
#'   (parameter lists), `loss` (length epochs) and `output` (n, k).
#' @examples
#' run <- run_experiment("toy")
#' round(run$output, 3)
#' @export
run_experiment <- function(experiment, data_dir = shared_data_dir(),
                           fast = FALSE) {
  if (is.character(experiment)) experiment <- .find_experiment(experiment, data_dir)
  data <- load_dataset(experiment$dataset, data_dir)
  if (identical(experiment$scale, "minmax")) data$X <- min_max_scale(data$X)
  X <- data$X
  y <- data$y
  initial <- init_params(ncol(X), experiment$hidden, ncol(y), experiment$seed)
  trainer <- if (fast) train_fast else train
  trained <- trainer(X, y, initial, experiment$lr, experiment$epochs)
  list(
    experiment = experiment,
    dataset = data,
    initial = initial,
    final = trained$params,
    loss = trained$loss,
    output = predict_output(X, trained$params),
    accuracy = trained$accuracy,
    warnings = trained$warnings
  )
}

.read_experiments <- function(data_dir) {
  jsonlite::fromJSON(file.path(data_dir, "experiments.json"),
                     simplifyVector = FALSE)
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
