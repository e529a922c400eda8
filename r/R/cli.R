# The command line: Rscript r/exec/scratchnet.R train [options].
#
# A thin layer over the core: check the options (one clear line per mistake),
# load the dataset, init_params() then train(), print the loss every
# --print-every epochs and the final outputs, and write everything to JSON if
# asked. Its twin is python/src/scratchnet/cli.py: the same options, the same
# lines printed; the harness checks that they are.

cli_help <- "usage: scratchnet train [options]
       scratchnet plots [--out FOLDER]

train: train a one-hidden-layer sigmoid network by full-batch gradient descent.
plots: train every experiment of shared_data/experiments.json and draw its loss
       curve, network diagram and (for 2 inputs) decision boundary into FOLDER
       (default: figures/ at the top of the repository).

train options:
  --dataset NAME|PATH.csv  a dataset in shared_data/datasets, or a CSV file (toy)
  --hidden N               hidden units, 1 to 10000 (3)
  --lr RATE                learning rate, a positive number (0.1)
  --epochs N               training epochs, 0 or more (5000)
  --seed N                 seed for the start weights, |N| <= 2147483647 (42)
  --print-every N          print the loss every N epochs (1000)
  --json PATH              also write start and final weights, the loss of
                           every epoch and the outputs to PATH as JSON
  --trace                  also print the first epoch step by step (steps 0-11)
  --fast                   train with train_fast, the same steps rearranged for
                           speed (the same result up to rounding)
  --help                   show this help and exit"

cli_defaults <- list(
  dataset = "toy", hidden = "3", lr = "0.1", epochs = "5000", seed = "42",
  "print-every" = "1000", json = NULL, trace = FALSE, fast = FALSE
)
# Outputs printed at most; --json holds them all.
rows_shown <- 10
seed_max <- 2147483647

#' Check the command line and return the options, converted
#'
#' @param argv The arguments after the program name, e.g.
#'   `c("train", "--seed", "7")`.
#' @return For train, a list: `help` (logical), `command` ("train"),
#'   `dataset` (character), `hidden`,
#'   `epochs`, `seed`, `print_every` (integers), `lr` (numeric), `json`
#'   (character or NULL), `trace`, `fast` (logical); for plots, `help`, `command`
#'   ("plots") and `out` (a folder or NULL). Signals a `scratchnet_error`
#'   naming the option and the value at fault.
#' @export
parse_args <- function(argv) {
  if ("--help" %in% argv || "-h" %in% argv) return(list(help = TRUE))
  if (length(argv) == 0 || !argv[1] %in% c("train", "plots")) {
    found <- if (length(argv) > 0) paste0("'", argv[1], "'") else "nothing"
    stop(scratchnet_error(sprintf(
      "expected a command, train or plots, got %s (see --help)", found
    )))
  }
  if (argv[1] == "plots") return(parse_plots_args(argv[-1]))
  raw <- cli_defaults
  rest <- argv[-1]
  while (length(rest) > 0) {
    word <- rest[1]
    rest <- rest[-1]
    has_value <- grepl("=", word, fixed = TRUE)
    name <- if (has_value) sub("=.*$", "", word) else word
    if (!startsWith(name, "--") || !substring(name, 3) %in% names(cli_defaults)) {
      stop(scratchnet_error(sprintf("unknown option '%s' (see --help)", name)))
    }
    if (name %in% c("--trace", "--fast")) {  # the switches: they take no value
      if (has_value) {
        stop(scratchnet_error(sprintf("%s takes no value (see --help)", name)))
      }
      raw[[substring(name, 3)]] <- TRUE
      next
    }
    if (has_value) {
      value <- sub("^[^=]*=", "", word)
    } else {
      if (length(rest) == 0 || startsWith(rest[1], "--")) {
        stop(scratchnet_error(sprintf("%s needs a value (see --help)", name)))
      }
      value <- rest[1]
      rest <- rest[-1]
    }
    raw[[substring(name, 3)]] <- value
  }
  list(
    help = FALSE,
    command = "train",
    dataset = raw$dataset,
    hidden = whole_number("--hidden", raw$hidden, 1, 10000),
    lr = positive_number("--lr", raw$lr),
    epochs = whole_number("--epochs", raw$epochs, 0, seed_max),
    seed = seed_option("--seed", raw$seed),
    print_every = whole_number("--print-every", raw[["print-every"]], 1,
                               seed_max),
    json = json_path("--json", raw$json),
    trace = raw$trace,
    fast = raw$fast
  )
}

# The options of plots: only --out FOLDER (which must exist).
parse_plots_args <- function(rest) {
  folder <- NULL
  while (length(rest) > 0) {
    word <- rest[1]
    rest <- rest[-1]
    has_value <- grepl("=", word, fixed = TRUE)
    name <- if (has_value) sub("=.*$", "", word) else word
    if (name != "--out") {
      stop(scratchnet_error(sprintf(
        "unknown option '%s' for plots (see --help)", name
      )))
    }
    if (has_value) {
      value <- sub("^[^=]*=", "", word)
    } else {
      if (length(rest) == 0 || startsWith(rest[1], "--")) {
        stop(scratchnet_error("--out needs a value (see --help)"))
      }
      value <- rest[1]
      rest <- rest[-1]
    }
    if (!dir.exists(value)) {
      stop(scratchnet_error(sprintf(
        "--out: the folder '%s' does not exist", value
      )))
    }
    folder <- value
  }
  list(help = FALSE, command = "plots", out = folder)
}

# value as an integer in [lowest, highest], or a scratchnet_error.
whole_number <- function(option, value, lowest, highest) {
  if (!grepl("^[0-9]+$", value) || as.numeric(value) < lowest ||
      as.numeric(value) > highest) {
    stop(scratchnet_error(sprintf(
      "%s must be a whole number from %.0f to %.0f, got '%s'",
      option, lowest, highest, value
    )))
  }
  as.integer(value)
}

# value as a positive finite number, or a scratchnet_error.
positive_number <- function(option, value) {
  if (!is_decimal(value) || !(as.numeric(value) > 0) ||
      !is.finite(as.numeric(value))) {
    stop(scratchnet_error(sprintf(
      "%s must be a positive finite number, got '%s'", option, value
    )))
  }
  as.numeric(value)
}

# value as a seed R accepts, or a scratchnet_error.
seed_option <- function(option, value) {
  if (!grepl("^[+-]?[0-9]+$", value) || abs(as.numeric(value)) > seed_max) {
    stop(scratchnet_error(sprintf(
      "%s must be an integer from -%.0f to %.0f, got '%s'",
      option, seed_max, seed_max, value
    )))
  }
  as.integer(value)
}

# value if its folder exists (checked before training), else an error.
json_path <- function(option, value) {
  if (identical(value, "")) {
    stop(scratchnet_error(sprintf("%s needs a file name (see --help)", option)))
  }
  if (!is.null(value)) {
    folder <- dirname(value)
    if (!dir.exists(folder)) {
      stop(scratchnet_error(sprintf(
        "%s: cannot write '%s': the folder '%s' does not exist",
        option, value, folder
      )))
    }
  }
  value
}

#' Load the dataset, start from the seed, train: everything the CLI reports
#'
#' @param options What [parse_args()] returned.
#' @param data_dir The shared_data folder.
#' @return A list: `dataset` (what [load_dataset()] returned), `initial` and
#'   `final` (parameter lists), `trace` (what [trace_epoch()] returned, if
#'   `--trace`, else NULL), `loss` (length epochs), `output` (n, k).
#' @export
run_train <- function(options, data_dir) {
  data <- load_dataset(options$dataset, data_dir)
  X <- data$X
  y <- data$y
  initial <- init_params(ncol(X), options$hidden, ncol(y), options$seed)
  trainer <- if (options$fast) train_fast else train
  trained <- trainer(X, y, initial, options$lr, options$epochs)
  list(
    dataset = data,
    initial = initial,
    trace = if (options$trace) trace_epoch(X, y, initial, options$lr),
    final = trained$params,
    loss = trained$loss,
    output = predict_output(X, trained$params)
  )
}

#' The lines the CLI prints for a run, the same in R and Python
#'
#' @param options What [parse_args()] returned.
#' @param result What [run_train()] returned.
#' @return A character vector: a header, the first epoch step by step if
#'   `--trace`, the loss every `print_every` epochs and at the last epoch,
#'   then up to 10 outputs beside their targets.
#' @export
report_lines <- function(options, result) {
  y <- result$dataset$y
  output <- result$output
  losses <- result$loss
  n <- nrow(y)
  lines <- sprintf(
    "dataset %s (n = %d, d = %d, k = %d); hidden %d, lr %g, epochs %d, seed %d",
    result$dataset$name, n, ncol(result$dataset$X), ncol(y),
    options$hidden, options$lr, options$epochs, options$seed
  )
  if (options$fast) lines <- paste0(lines, "; train_fast")
  if (options$trace) {
    lines <- c(lines, "the first epoch, step by step (rounded to 4 decimals):",
               trace_lines(result$trace))
  }
  for (epoch in seq_along(losses) - 1) {
    if (epoch %% options$print_every == 0 || epoch == length(losses) - 1) {
      lines <- c(lines, sprintf("epoch %6d  loss %.10f", epoch,
                                losses[epoch + 1]))
    }
  }
  lines <- c(lines, sprintf("output after %d epochs (target in brackets):",
                            length(losses)))
  for (row in seq_len(min(n, rows_shown))) {
    values <- paste(sprintf("%.8f", output[row, ]), collapse = " ")
    targets <- paste(sprintf("%g", y[row, ]), collapse = " ")
    lines <- c(lines, sprintf("  %s  [%s]", values, targets))
  }
  if (n > rows_shown) {
    lines <- c(lines, sprintf("  ... %d more rows (--json PATH writes them all)",
                              n - rows_shown))
  }
  c(lines, sprintf(
    "largest |target - output| %.8f; training accuracy %.1f%%",
    max(abs(y - output)), 100 * accuracy(y, output)
  ))
}

#' The run as the JSON document both languages write (see the README)
#'
#' jsonlite (1.8) writes at most 15 significant digits, which loses bits, so
#' numbers are written here with 17 ("%.17g"), enough to read back every
#' double exactly.
#'
#' @param options What [parse_args()] returned.
#' @param result What [run_train()] returned.
#' @return The JSON text, one string.
#' @export
result_json <- function(options, result) {
  number <- function(x) sprintf("%.17g", x)
  vector <- function(x) paste0("[", paste(number(x), collapse = ", "), "]")
  rows <- function(m) {
    paste0("[", paste(apply(m, 1, vector), collapse = ", "), "]")
  }
  matrices <- function(params) {
    parts <- vapply(c("wh", "bh", "wout", "bout"), function(name) {
      sprintf("\"%s\": %s", name, rows(params[[name]]))
    }, character(1))
    paste0("{", paste(parts, collapse = ", "), "}")
  }
  paste0(
    "{\"language\": \"r\", ",
    "\"dataset\": ", jsonlite::toJSON(result$dataset$name, auto_unbox = TRUE),
    ", \"seed\": ", options$seed, ", \"hidden\": ", options$hidden,
    ", \"lr\": ", number(options$lr), ", \"epochs\": ", options$epochs,
    ", \"trainer\": \"", if (options$fast) "train_fast" else "train", "\"",
    ", \"initial\": ", matrices(result$initial),
    ", \"final\": ", matrices(result$final),
    ", \"loss\": ", vector(result$loss),
    ", \"output\": ", rows(result$output), "}"
  )
}

#' Write text to a file via a temporary file and a rename
#'
#' Readers never see half a file: the temporary file is in the same folder,
#' and is removed if anything fails.
#'
#' @param path Where the JSON goes; its folder must exist.
#' @param document The JSON text, one string.
#' @return `path`, invisibly.
#' @export
write_json_atomic <- function(path, document) {
  temporary <- tempfile(".scratchnet-", tmpdir = dirname(path))
  ok <- tryCatch({
    writeLines(document, temporary)
    file.rename(temporary, path)
  }, error = function(e) FALSE, warning = function(w) FALSE)
  if (!isTRUE(ok)) {
    unlink(temporary)
    stop(scratchnet_error(sprintf("--json: cannot write '%s'", path)))
  }
  invisible(path)
}

#' The train arguments that run one experiment of experiments.json
#'
#' @param experiment One entry of [load_experiments()].
#' @return A character vector, e.g. `c("train", "--dataset", "toy", ...)`;
#'   the same words run the experiment in either command line.
#' @export
experiment_argv <- function(experiment) {
  c("train",
    "--dataset", experiment$dataset,
    "--hidden", format(experiment$hidden),
    "--lr", format(experiment$lr, digits = 15),
    "--epochs", format(experiment$epochs, scientific = FALSE),
    "--seed", format(experiment$seed, scientific = FALSE))
}

#' Train every shipped experiment and draw its pictures, named *_r.png
#'
#' @param data_dir The shared_data folder.
#' @param folder Where the PNG files go.
#' @return The files written: `loss_<name>`, `network_<name>` and, for two
#'   inputs, `boundary_<name>`, each with the suffix `_r`.
#' @export
run_plots <- function(data_dir, folder) {
  written <- character(0)
  for (experiment in load_experiments(data_dir)) {
    name <- experiment$name
    options <- parse_args(experiment_argv(experiment))
    result <- run_train(options, data_dir)
    X <- result$dataset$X
    path <- function(kind) file.path(folder, sprintf("%s_%s_r.png", kind, name))
    written <- c(written,
                 plot_loss_curves(list(R = result$loss),
                                  sprintf("%s: loss (R)", name), path("loss")),
                 plot_network(result$final, sprintf("%s (R)", name),
                              path("network")))
    if (ncol(X) == 2) {
      written <- c(written, plot_decision_boundary(
        X, result$dataset$y, result$final,
        sprintf("%s: decision boundary (R)", name), path("boundary")
      ))
    }
  }
  written
}

#' Run the command line; return the exit status (0 ok, 2 bad input)
#'
#' @param argv The arguments after the program name.
#' @param data_dir The shared_data folder (the script finds it beside itself).
#' @return The exit status, an integer.
#' @export
main <- function(argv = commandArgs(trailingOnly = TRUE),
                 data_dir = shared_data_dir()) {
  tryCatch({
    options <- parse_args(argv)
    if (options$help) {
      writeLines(cli_help)
      return(0L)
    }
    if (options$command == "plots") {
      folder <- if (is.null(options$out)) {
        file.path(dirname(data_dir), "figures")
      } else {
        options$out
      }
      writeLines(paste("wrote", run_plots(data_dir, folder)))
      return(0L)
    }
    result <- run_train(options, data_dir)
    writeLines(report_lines(options, result))
    if (!is.null(options$json)) {
      write_json_atomic(options$json, result_json(options, result))
    }
    0L
  }, scratchnet_error = function(e) {
    message("scratchnet: error: ", conditionMessage(e))
    2L
  })
}
