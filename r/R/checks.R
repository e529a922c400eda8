# Every check on an argument, once, and the diagnosis of a finished run.
#
# Public functions call these at their door, once per call, before any
# arithmetic; the inner loops then trust what they are given (network.R's
# .forward(), .backward() and .update_params() are the unchecked twins the
# trainers run each epoch). A failed check signals a scratchnet_error with
# one line that names the argument, what was expected and what came. The
# words and the warning thresholds live in checks.json (a copy of
# shared_data/checks.json), which python/src/scratchnet/checks.py reads too,
# so both languages say the same thing. Mirrors
# python/src/scratchnet/checks.py.
#
# Accepted without fuss, giving exactly the tidy call's result: an integer
# matrix, a numeric data.frame, a vector y taken as one column and a vector X
# taken as one feature.

check_parts <- c("wh", "bh", "wout", "bout")
whole_max <- 2147483647

# The messages, warnings and thresholds of checks.json.
checks_table <- function() {
  shared_json("checks.json")
}

# The message `key` of checks.json, its {placeholders} filled.
say <- function(key, ...) {
  fill(checks_table()$messages[[key]], list(...))
}

# text with each {name} replaced by its value (messages, warnings, verdicts).
fill <- function(text, values) {
  for (name in names(values)) {
    text <- gsub(paste0("{", name, "}"), as.character(values[[name]]), text,
                 fixed = TRUE)
  }
  text
}

# A value as a message shows it: numbers as C's %g, text in quotes.
shown <- function(value) {
  if (is.null(value)) return("nothing")
  if (is.logical(value) && length(value) == 1) return(as.character(value))
  if (is.numeric(value) && length(value) == 1) return(number(value))
  if (is.character(value) && length(value) == 1) return(sprintf("'%s'", value))
  if (is.numeric(value)) return(sprintf("%d numbers", length(value)))
  class(value)[1]
}

# A number as both languages show it: %g, with NaN and Inf as R writes them.
number <- function(value) {
  if (is.na(value)) return(if (is.nan(value)) "NaN" else "NA")
  if (is.infinite(value)) return(if (value > 0) "Inf" else "-Inf")
  sprintf("%g", value)
}

# value as a double (rows, columns) matrix of finite numbers. A vector is one
# column (one feature for X, one target for y). `column` and `inputs` are
# Python's (where a 1-D X needs a reshape); R takes a vector as it is.
check_matrix <- function(value, name, column = FALSE, inputs = 0,
                         finite = "not_finite") {
  if (is.data.frame(value)) {
    numeric_columns <- vapply(value, function(v) is.numeric(v), logical(1))
    if (!all(numeric_columns)) {
      stop(scratchnet_error(say("not_numbers", name = name,
                                got = "a data.frame with non-numeric columns")))
    }
    value <- as.matrix(value)
  }
  if (is.factor(value)) {
    stop(scratchnet_error(say("not_numbers", name = name, got = "a factor")))
  }
  if (is.logical(value)) {
    stop(scratchnet_error(say("not_numbers", name = name,
                              got = "logical values")))
  }
  if (!is.numeric(value)) {
    got <- if (is.character(value)) "text" else shown(value)
    stop(scratchnet_error(say("not_numbers", name = name, got = got)))
  }
  if (length(dim(value)) <= 1) value <- matrix(as.vector(value), ncol = 1)
  if (length(dim(value)) != 2) {
    stop(scratchnet_error(say("not_a_matrix", name = name,
                              got = sprintf("%d dimensions", length(dim(value))))))
  }
  if (nrow(value) == 0) stop(scratchnet_error(say("no_rows", name = name)))
  storage.mode(value) <- "double"
  dimnames(value) <- NULL
  check_finite(value, name, finite)
  value
}

# Numbers of any shape, as doubles (for the elementwise functions).
check_numbers <- function(value, name) {
  if (!is.numeric(value)) {
    stop(scratchnet_error(say("not_numbers", name = name, got = shown(value))))
  }
  value
}

# Refuse NaN or Inf, naming the first one's row and column (counted from 1,
# row by row, as Python finds it).
check_finite <- function(value, name, key) {
  bad <- which(!is.finite(t(value)))
  if (length(bad) > 0) {
    row <- (bad[1] - 1) %/% ncol(value) + 1
    column <- (bad[1] - 1) %% ncol(value) + 1
    stop(scratchnet_error(say(key, name = name, row = row, column = column,
                              value = number(value[row, column]))))
  }
}

# Targets must lie in [0, 1]: the sigmoid's outputs can reach nothing else.
check_targets <- function(y, name = "y") {
  outside <- which(t(y < 0 | y > 1))
  if (length(outside) > 0) {
    row <- (outside[1] - 1) %/% ncol(y) + 1
    column <- (outside[1] - 1) %% ncol(y) + 1
    stop(scratchnet_error(say("target_range", name = name, row = row,
                              column = column, value = number(y[row, column]))))
  }
}

# Two matrices with a row per sample must have as many rows.
check_rows <- function(a, name, b, other) {
  if (nrow(a) != nrow(b)) {
    stop(scratchnet_error(say("rows_differ", name = name, rows = nrow(a),
                              other = other, other_rows = nrow(b))))
  }
}

# Two matrices of the same shape (targets and outputs).
check_same_shape <- function(a, a_name, b, b_name) {
  a <- check_matrix(a, a_name, column = TRUE)
  b <- check_matrix(b, b_name, column = TRUE)
  if (!identical(dim(a), dim(b))) {
    stop(scratchnet_error(say(
      "shapes_differ", name = a_name, rows = nrow(a), columns = ncol(a),
      other = b_name, other_rows = nrow(b), other_columns = ncol(b)
    )))
  }
  list(a, b)
}

# A complete, consistent set of weights: wh (d, h), bh (1, h), wout (h, k),
# bout (1, k).
check_params <- function(params, name = "params") {
  if (!is.list(params) || is.data.frame(params) || is.null(names(params))) {
    stop(scratchnet_error(say("params_kind", name = name, got = shown(params))))
  }
  checked <- list()
  for (part in check_parts) {
    if (is.null(params[[part]])) {
      stop(scratchnet_error(say("params_missing", name = name, part = part)))
    }
    checked[[part]] <- check_matrix(params[[part]], paste(name, part),
                                    column = TRUE, finite = "param_not_finite")
  }
  h <- ncol(checked$wh)
  k <- ncol(checked$wout)
  expected <- list(
    bh = list(c(1, h), sprintf("wh has %d hidden units: expected 1 x %d", h, h)),
    wout = list(c(h, k), sprintf("wh has %d hidden units: expected %d x %d",
                                 h, h, k)),
    bout = list(c(1, k), sprintf("wout has %d outputs: expected 1 x %d", k, k))
  )
  for (part in names(expected)) {
    if (!all(dim(checked[[part]]) == expected[[part]][[1]])) {
      stop(scratchnet_error(say(
        "param_shape", name = name, part = part, rows = nrow(checked[[part]]),
        columns = ncol(checked[[part]]), expected = expected[[part]][[2]]
      )))
    }
  }
  checked
}

# X has a column per input of params, and y a column per output.
check_fits <- function(params, X, y = NULL) {
  if (ncol(X) != nrow(params$wh)) {
    stop(scratchnet_error(say("inputs_differ", name = "X", columns = ncol(X),
                              expected = nrow(params$wh))))
  }
  if (!is.null(y) && ncol(y) != ncol(params$wout)) {
    stop(scratchnet_error(say("outputs_differ", name = "y", columns = ncol(y),
                              expected = ncol(params$wout))))
  }
}

# A positive finite number (a learning rate).
check_positive <- function(value, name) {
  ok <- is.numeric(value) && length(value) == 1 && !is.na(value) &&
    value > 0 && is.finite(value)
  if (!ok) {
    stop(scratchnet_error(say("positive", name = name, got = shown(value))))
  }
  as.numeric(value)
}

# A whole number in [low, high].
check_whole <- function(value, name, low, high = whole_max) {
  ok <- is.numeric(value) && length(value) == 1 && is.finite(value) &&
    value == round(value) && value >= low && value <= high
  if (!ok) {
    stop(scratchnet_error(say("whole", name = name, low = low,
                              high = sprintf("%.0f", high), got = shown(value))))
  }
  as.integer(value)
}

# One finite number (a bias, a weighted sum, a probability).
check_number <- function(value, name) {
  if (!is.numeric(value) || length(value) != 1 || !is.finite(value)) {
    stop(scratchnet_error(say("number", name = name, got = shown(value))))
  }
  as.numeric(value)
}

# Two flat runs of finite numbers of the same length (inputs and weights).
check_vectors <- function(a, a_name, b, b_name) {
  a <- check_matrix(as.vector(check_numbers(a, a_name)), a_name, column = TRUE)[, 1]
  b <- check_matrix(as.vector(check_numbers(b, b_name)), b_name, column = TRUE)[, 1]
  if (length(a) != length(b)) {
    stop(scratchnet_error(say("lengths_differ", name = a_name, count = length(a),
                              other = b_name, other_count = length(b))))
  }
  list(a, b)
}

# value holds keys, as what `source` returned does.
check_keys <- function(value, name, keys, source) {
  if (!is.list(value)) {
    stop(scratchnet_error(say("params_kind", name = name, got = shown(value))))
  }
  for (key in keys) {
    if (is.null(value[[key]])) {
      stop(scratchnet_error(say("missing_key", name = name, part = key,
                                source = source)))
    }
  }
}

# Everything a trainer takes, checked once, before its first epoch.
check_training <- function(X, y, params, lr, epochs) {
  params <- check_params(params)
  X <- check_matrix(X, "X", inputs = nrow(params$wh))
  y <- check_matrix(y, "y", column = TRUE)
  check_rows(X, "X", y, "y")
  check_fits(params, X, y)
  check_targets(y)
  list(X = X, y = y, params = params, lr = check_positive(lr, "lr"),
       epochs = check_whole(epochs, "epochs", 0))
}

# How many hidden pre-activations lie beyond the limit, where the sigmoid is
# flat.
saturated <- function(hidden_input) {
  sum(abs(hidden_input) > checks_table()$thresholds$saturation_limit)
}

# What went wrong in a finished run, as findings (none when it went well).
# share is the share of saturated hidden pre-activations in the last epoch's
# forward pass, loss the run's loss history. Thresholds in checks.json. A
# finding is its warning's key, the values its words are filled with, and
# whether the inputs were scaled already; warning_line() words it for where
# it is shown.
diagnose <- function(X, share, loss) {
  limits <- checks_table()$thresholds
  found <- list()
  finding <- function(key, ...) {
    found[[length(found) + 1]] <<- list(key = key, values = list(...),
                                        scaled = inputs_scaled(X))
  }
  last <- loss[length(loss)]
  rose <- length(loss) > 1 && last > limits$rise_factor * loss[1]
  if (rose) {
    finding("rose", first = number(loss[1]), last = number(last))
  }
  # a loss that rose and then stalled is the rate's fault: "try a larger lr"
  # would contradict
  if (!rose && length(loss) >= limits$stall_min_epochs &&
      last > limits$stall_loss) {
    half <- loss[length(loss) %/% 2 + 1]
    if (abs(half - last) < limits$stall_change * half) {
      finding("stalled", last = number(last),
              percent = number(100 * limits$stall_change))
    }
  }
  if (length(loss) > 0 && share >= limits$saturated_share) {
    finding("saturated", percent = number(round(100 * share)),
            limit = number(limits$saturation_limit))
  }
  largest <- max(abs(X))
  if (largest > limits$far_input) {
    finding("far_inputs", largest = number(largest))
  }
  ranges <- apply(X, 2, function(column) diff(range(column)))
  if (min(ranges) > 0 && max(ranges) > limits$scale_ratio * min(ranges)) {
    finding("scales_differ", smallest = number(min(ranges)),
            largest = number(max(ranges)))
  }
  found
}

# Whether each input column is within [0, 1], or has mean 0 and standard
# deviation 1.
inputs_scaled <- function(X) {
  within <- all(apply(X, 2, min) >= 0) && all(apply(X, 2, max) <= 1)
  mean <- colMeans(X)
  # the population's standard deviation, as fit_scaling()'s
  spread <- sqrt(colMeans((X - rep(mean, each = nrow(X)))^2))
  standard <- all(abs(mean) <= 1e-6) && all(abs(spread - 1) <= 1e-6)
  within || standard
}

# A finding as one line for place: "python" or "r" (a session), or
# "command_line".
warning_line <- function(finding, place = "r") {
  entry <- checks_table()$warnings[[finding$key]]
  advice <- if (isTRUE(finding$scaled)) entry$advice_scaled
  if (is.null(advice)) advice <- entry$advice
  fill(paste0(entry$finding, ": ", advice[[place]]), finding$values)
}

# Each finding of diagnose() as a scratchnet_warning, worded for an R
# session. The warning carries its finding, so the command line can word it
# for itself.
warn <- function(found) {
  for (finding in found) {
    warning(scratchnet_warning(warning_line(finding), finding))
  }
}
