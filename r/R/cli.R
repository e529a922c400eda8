# The command line: Rscript r/exec/scratchnet.R train [options] and plots.
#
# A thin layer over the core. Its commands and options are written once, in
# shared_data/cli.json, which this file and its twin
# python/src/scratchnet/cli.py both read to build the help text, the
# defaults, the parsing and the checks; so both command lines take the same
# words and refuse the same mistakes with the same line. A run is
# run_experiment() with the options as its record.

# Outputs printed at most; --json holds them all.
rows_shown <- 10
# Where an option's description starts in the help text.
help_column <- 27

# The commands and options of cli.json.
cli_table <- function() {
  shared_json("cli.json")
}

# The --help text, built from cli.json.
help_text <- function() {
  table <- cli_table()
  pad <- function(text) formatC(text, width = -help_column)
  lines <- unlist(table$usage)
  for (command in table$commands) {
    lines <- c(lines, "", unlist(command$summary),
               sprintf("%s options:", command$name))
    for (option in command$options) {
      label <- if (isTRUE(option$positional)) {
        paste0("  ", option$metavar)
      } else {
        paste0("  --", option$name,
               if (!is.null(option$metavar)) paste0(" ", option$metavar))
      }
      text <- unlist(option$help)
      if (!is.null(option$default) && !identical(option$default, FALSE)) {
        text[length(text)] <- sprintf("%s (%s)", text[length(text)],
                                      option$default)
      }
      lines <- c(lines, paste0(pad(label), text[1]),
                 sprintf("%s%s", strrep(" ", help_column), text[-1]))
    }
  }
  paste(c(lines, "", paste0(pad("  --help"), "show this help and exit"), "",
          unlist(table$learning_path)), collapse = "\n")
}

#' Check the command line and return the options, converted
#'
#' @param argv The arguments after the program name, e.g.
#'   `c("train", "--seed", "7")`.
#' @return A list: `help`, `command` and one entry per option of that command
#'   (`print-every` becomes `print_every`). Signals a `scratchnet_error`
#'   naming the option and the value at fault.
#' @keywords internal
parse_args <- function(argv) {
  if ("--help" %in% argv || "-h" %in% argv) return(list(help = TRUE))
  commands <- cli_table()$commands
  names(commands) <- vapply(commands, `[[`, "", "name")
  if (length(argv) == 0 || !argv[1] %in% names(commands)) {
    found <- if (length(argv) > 0) paste0("'", argv[1], "'") else "nothing"
    stop(scratchnet_error(sprintf(
      "expected a command, %s, got %s (see --help)",
      paste(paste(utils::head(names(commands), -1), collapse = ", "),
            "or", utils::tail(names(commands), 1)), found
    )))
  }
  options <- commands[[argv[1]]]$options
  names(options) <- vapply(options, `[[`, "", "name")
  raw <- lapply(options, `[[`, "default")
  rest <- argv[-1]
  positional <- names(options)[vapply(options, function(option) {
    isTRUE(option$positional)
  }, TRUE)]
  while (length(rest) > 0) {
    word <- rest[1]
    rest <- rest[-1]
    if (length(positional) > 0 && !startsWith(word, "--")) {
      raw[[positional[1]]] <- word
      positional <- positional[-1]
      next
    }
    has_value <- grepl("=", word, fixed = TRUE)
    name <- if (has_value) sub("=.*$", "", word) else word
    if (!startsWith(name, "--") || !substring(name, 3) %in% names(options)) {
      stop(scratchnet_error(sprintf(
        "unknown option '%s' for %s (see --help)", name, argv[1]
      )))
    }
    if (options[[substring(name, 3)]]$kind == "switch") {
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
  parsed <- list(help = FALSE, command = argv[1])
  for (name in names(options)) {
    if (isTRUE(options[[name]]$required) && is.null(raw[[name]])) {
      flag <- if (isTRUE(options[[name]]$positional)) {
        options[[name]]$metavar
      } else {
        paste0("--", name)
      }
      stop(scratchnet_error(say("required", command = argv[1], name = flag)))
    }
    parsed[gsub("-", "_", name)] <- list(option_value(options[[name]], raw[[name]]))
  }
  parsed
}

# One option's value, converted and checked as its kind in cli.json says.
option_value <- function(option, value) {
  flag <- paste0("--", option$name)
  kind <- option$kind
  fail <- function(...) stop(scratchnet_error(sprintf(...)))
  if (kind %in% c("text", "switch") || is.null(value)) return(value)
  if (kind == "names") return(trimws(strsplit(value, ",", fixed = TRUE)[[1]]))
  if (kind == "choice") {
    if (!value %in% unlist(option$choices)) {
      stop(scratchnet_error(say(
        "choice", name = flag, choices = paste(unlist(option$choices), collapse = ", "),
        got = sprintf("'%s'", value)
      )))
    }
    return(value)
  }
  if (kind == "fraction") {
    if (!is_decimal(value) || !(as.numeric(value) >= 0 && as.numeric(value) < 1)) {
      stop(scratchnet_error(say("fraction", name = flag,
                                got = sprintf("'%s'", value))))
    }
    return(as.numeric(value))
  }
  if (kind == "whole") {
    if (!grepl("^[0-9]+$", value) || as.numeric(value) < option$min ||
        as.numeric(value) > option$max) {
      fail("%s must be a whole number from %.0f to %.0f, got '%s'",
           flag, option$min, option$max, value)
    }
    return(as.integer(value))
  }
  if (kind == "positive") {
    if (!is_decimal(value) || !(as.numeric(value) > 0) ||
        !is.finite(as.numeric(value))) {
      fail("%s must be a positive finite number, got '%s'", flag, value)
    }
    return(as.numeric(value))
  }
  if (kind == "seed") {
    return(check_seed(
      if (grepl("^[+-]?[0-9]+$", value)) as.numeric(value) else value, flag
    ))
  }
  if (value == "") {
    fail("%s needs a %s name (see --help)", flag,
         if (kind == "folder") "folder" else "file")
  }
  if (kind == "output") {
    if (!dir.exists(dirname(value))) {
      fail("%s: cannot write '%s': the folder '%s' does not exist",
           flag, value, dirname(value))
    }
  } else if (value != option$default && !dir.exists(value)) {  # "folder"
    fail("%s: the folder '%s' does not exist", flag, value)
  }
  value
}

#' The lines train prints, the same in R and Python
#'
#' @param options What [parse_args()] returned.
#' @param result What [run_experiment()] returned.
#' @return A character vector: a header, the first epoch step by step if
#'   `--trace`, the loss every `print_every` epochs and at the last epoch,
#'   then up to 10 outputs beside their targets.
#' @keywords internal
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
  if (options$scale != "none") lines <- paste0(lines, "; scale ", options$scale)
  if (options$holdout > 0) {
    lines <- paste0(lines, sprintf("; holdout %g", options$holdout))
  }
  if (result$dataset$last_column) {
    lines <- c(lines, say("target_last_column",
                          column = result$dataset$targets[1]))
  }
  if (options$trace) {
    lines <- c(lines, "the first epoch, step by step (rounded to 4 decimals):",
               trace_lines(trace_epoch(result$dataset$X, y, result$initial,
                                       options$lr)))
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
  lines <- c(lines, sprintf(
    "largest |target - output| %.8f; training accuracy %.1f%%",
    max(abs(y - output)), 100 * accuracy(y, output)
  ))
  held <- result$holdout
  if (!is.null(held)) {
    lines <- c(lines, sprintf("held out %d rows: loss %.10f; accuracy %.1f%%",
                              length(held$rows), held$loss, 100 * held$accuracy))
  }
  lines
}

#' The run as the JSON document both languages write (see docs/command-line.md)
#'
#' jsonlite (1.8) writes at most 15 significant digits, which loses bits, so
#' the document is written by json_text() with 17, enough to read back every
#' double exactly.
#'
#' @param options What [parse_args()] returned.
#' @param result What [run_experiment()] returned.
#' @return The JSON text, one string.
#' @keywords internal
result_json <- function(options, result) {
  held <- result$holdout
  scaling <- result$scaling
  scaling$center <- I(scaling$center)
  scaling$scale <- I(scaling$scale)
  json_text(list(
    language = "r", dataset = result$dataset$name, seed = options$seed,
    hidden = options$hidden, lr = options$lr, epochs = options$epochs,
    trainer = if (options$fast) "train_fast" else "train",
    initial = result$initial, final = result$final,
    loss = I(result$loss), output = result$output,
    features = I(result$dataset$features), targets = I(result$dataset$targets),
    scaling = scaling,
    holdout = if (!is.null(held)) {
      list(fraction = options$holdout, rows = I(held$rows), loss = held$loss,
           accuracy = held$accuracy, output = held$output)
    }
  ))
}

#' What predict prints, and the JSON it writes with --json
#'
#' The dataset's columns are taken by name: the model's inputs must be
#' there; with its targets there too, the loss and accuracy are reported.
#'
#' @param options What [parse_args()] returned for predict.
#' @return A list: `lines` and `json`.
#' @keywords internal
predict_lines <- function(options) {
  model <- load_model(options$model)
  path <- dataset_path(options$dataset)
  table <- read_table(path)
  names <- table$names
  for (name in model$inputs) {
    if (!name %in% names) {
      stop(scratchnet_error(say("no_such_column", path = path, column = name,
                                columns = paste(names, collapse = ", "))))
    }
  }
  output <- predict_model(model, table$values[, match(model$inputs, names),
                                              drop = FALSE])
  has_targets <- all(model$targets %in% names)
  y <- if (has_targets) table$values[, match(model$targets, names), drop = FALSE]
  lines <- c(
    sprintf("model %s (trained in %s): inputs %s; targets %s; scale %s",
            options$model, model$language, paste(model$inputs, collapse = ", "),
            paste(model$targets, collapse = ", "), model$scaling$kind),
    sprintf("output for %d rows%s", nrow(output), if (has_targets) {
      " (target in brackets):"
    } else {
      " (no target columns in the file):"
    })
  )
  for (row in seq_len(min(nrow(output), rows_shown))) {
    values <- paste(sprintf("%.8f", output[row, ]), collapse = " ")
    lines <- c(lines, if (has_targets) {
      sprintf("  %s  [%s]", values, paste(sprintf("%g", y[row, ]), collapse = " "))
    } else {
      paste0("  ", values)
    })
  }
  if (nrow(output) > rows_shown) {
    lines <- c(lines, sprintf("  ... %d more rows (--json PATH writes them all)",
                              nrow(output) - rows_shown))
  }
  document <- list(output = output, loss = NULL, accuracy = NULL)
  if (has_targets) {
    document$loss <- loss(y, output)
    document$accuracy <- accuracy(y, output)
    lines <- c(lines, sprintf("loss %.10f; accuracy %.1f%%", document$loss,
                              100 * document$accuracy))
  }
  list(lines = lines, json = json_text(document))
}

#' The train words that run one experiment, the same in either command line
#'
#' @param experiment One entry of [load_experiments()].
#' @return A character vector, e.g. `c("train", "--dataset", "toy", ...)`.
#' @keywords internal
experiment_argv <- function(experiment) {
  c("train",
    "--dataset", experiment$dataset,
    "--hidden", format(experiment$hidden),
    "--lr", format(experiment$lr, digits = 15),
    "--epochs", format(experiment$epochs, scientific = FALSE),
    "--seed", format(experiment$seed, scientific = FALSE))
}

#' Train each experiment (all shipped ones by default) and draw its pictures
#'
#' @param folder Where the PNG files go.
#' @param experiments A list of experiment records; all of
#'   [load_experiments()] by default.
#' @return The files written: `loss_<name>`, `network_<name>` and, for two
#'   inputs, `boundary_<name>`, each with the suffix `_r.png`.
#' @keywords internal
run_plots <- function(folder, experiments = load_experiments()) {
  written <- character(0)
  learning <- learning_setting()
  for (experiment in experiments) {
    name <- experiment$name
    result <- run_experiment(experiment)
    X <- result$dataset$X
    png <- function(kind) file.path(folder, sprintf("%s_%s_r.png", kind, name))
    written <- c(written,
                 plot_loss_curves(list(R = result$loss),
                                  sprintf("%s: loss (R)", name), png("loss")),
                 plot_network(result$final, sprintf("%s (R)", name),
                              png("network")))
    if (ncol(X) == 2) {
      written <- c(written, plot_decision_boundary(
        X, result$dataset$y, result$final,
        sprintf("%s: decision boundary (R)", name), png("boundary")
      ))
    }
    if (name == learning$experiment) {
      recording <- train_recording(X, result$dataset$y, result$initial,
                                   experiment$lr, experiment$epochs,
                                   learning$every)
      written <- c(written, plot_learning(
        X, result$dataset$y, recording, sprintf("%s: learning (R)", name),
        png("learning")
      ))
    }
  }
  written
}

#' Run the command line; return the exit status (0 ok, 2 bad input)
#'
#' Runs the command line on `argv` and returns its exit status.
#' The R twin of `python -m scratchnet`:
#' `Rscript -e 'quit(status = scratchnet::main())' train --dataset moons` runs
#' it from the shell. A run that went wrong still exits 0; each
#' `scratchnet_warning` is printed on stderr as "scratchnet: warning: ...", as
#' errors are.
#'
#' @param argv The arguments after the program name.
#' @return The exit status, an integer.
#' @examples
#' main(c("train", "--epochs", "3"))
#' main("--help")
#' @export
main <- function(argv = commandArgs(trailingOnly = TRUE)) {
  withCallingHandlers(.run(argv), scratchnet_warning = function(w) {
    .print_warning(if (is.null(w$finding)) conditionMessage(w) else
      warning_line(w$finding, "command_line"))
    invokeRestart("muffleWarning")
  })
}

.run <- function(argv) {
  tryCatch({
    options <- parse_args(argv)
    if (options$help) {
      writeLines(help_text())
      return(0L)
    }
    if (options$command == "plots") {
      writeLines(paste("wrote", run_plots(options$out)))
      return(0L)
    }
    if (options$command == "course") {
      writeLines(paste("wrote", write_course(options$folder)))
      writeLines(say("course_written_r", folder = options$folder))
      return(0L)
    }
    if (options$command == "predict") {
      predicted <- predict_lines(options)
      writeLines(predicted$lines)
      if (!is.null(options$json)) {
        write_atomic(options$json, predicted$json, "--json")
      }
      return(0L)
    }
    result <- run_experiment(options, fast = options$fast)
    writeLines(report_lines(options, result))
    if (!is.null(options$json)) {
      write_atomic(options$json, result_json(options, result), "--json")
    }
    if (!is.null(options$save)) {
      trainer <- if (options$fast) "train_fast" else "train"
      model <- model_from_run(result, trainer)
      write_atomic(options$save, model_json(model), "--save")
    }
    0L
  }, scratchnet_error = function(e) {
    message("scratchnet: error: ", conditionMessage(e))
    2L
  })
}

.print_warning <- function(message) {
  message("scratchnet: warning: ", message)
}
