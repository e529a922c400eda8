# Exercises that check a learner's own network and say which step is wrong.
#
# Write your own forward(), backward(), update_params() or train(), with the
# same arguments and the same named pieces as the package's, and pass it to
# check_forward(), check_backward(), check_update() or check_train(). Each
# runs your function on small fixed problems (no square matrices, so a
# transposed one cannot hide), compares every intermediate with the
# package's own, in step order, and prints one verdict: a pass, or the first
# step that differs, with the entry, both values, and a hint when the
# difference looks like a classic mistake. It returns TRUE or FALSE and never
# stops: an error inside your function, a missing piece or a wrong shape is
# the verdict.
#
# Values are judged, not containers: a vector (numpy: a 1-D array) of the
# right length passes where a row or a column is expected, so
# colSums(d_hidden) is as good as matrix(colSums(d_hidden), nrow = 1), and a
# loss history may be any shape. Only a wrong number of values, or a matrix
# turned the wrong way, is a wrong shape. A hint is looked for in the
# values, whatever their shape, so a bias change summed along the rows gets
# its hint as a vector, a row or a column. Extra names in what your function
# returns are ignored. Mirrors python/src/scratchnet/exercises.py, which says
# the same words.

forward_steps <- list(c(2, "hidden_layer_input"), c(3, "hidden_activations"),
                      c(4, "output_layer_input"), c(4, "output"))
backward_steps <- list(c(5, "E"), c(6, "slope_output"), c(6, "slope_hidden"),
                       c(7, "d_output"), c(8, "error_hidden"), c(9, "d_hidden"),
                       c(10, "dwout"), c(11, "dbout"), c(10, "dwh"),
                       c(11, "dbh"))
update_steps <- list(c(10, "wh"), c(11, "bh"), c(10, "wout"), c(11, "bout"))
exercise_lr <- 0.5
exercise_epochs <- 3
# R's words when a forward adds a bias that does not fit its rows (numpy:
# could not be broadcast).
bias_errors <- "non-conformable arrays"

# Two small fixed problems: n 5, d 3, h 4, k 2; and n 2, d 1, h 3, k 1.
exercise_problems <- function() {
  lapply(list(c(5, 3, 4, 2, 5), c(2, 1, 3, 1, 6)), function(size) {
    n <- size[1]
    d <- size[2]
    k <- size[4]
    seed <- size[5]
    X <- matrix(runif_from_seed(n * d, seed + 100), n, d)
    y <- (matrix(runif_from_seed(n * k, seed + 200), n, k) > 0.5) * 1
    list(X = X, y = y, params = init_params(d, size[3], k, seed))
  })
}

#' Check your own forward(), backward(), update_params() or train()
#'
#' Each checker runs your function on two small fixed problems (5 samples, 3
#' inputs, 4 hidden units, 2 outputs; and 2, 1, 3, 1), compares every
#' intermediate with the package's own in step order, and prints one
#' verdict: a pass, or the first step that differs with its entry, both
#' values and a hint for the classic mistakes (a missing bias, a bias
#' recycled down the columns instead of added to every row, a flipped error
#' sign, a slope taken from the pre-activation, a missing hidden slope, a
#' bias change summed over units, the learning rate applied twice, the
#' changes subtracted, the loss recorded after the update, the mean square
#' without its half, parameters that never change). An error inside your
#' function is the verdict, never a stop.
#'
#' Values are judged, not containers: a vector of the right length passes
#' where a 1 x h row or an n x 1 column is expected (`colSums(d_hidden)` for
#' `dbh`), and the loss history may be a vector or a matrix. Only a wrong
#' number of values, or a matrix turned the wrong way, is a wrong shape.
#' Extra names in what your function returns are ignored; a missing one is
#' the verdict, which lists every name the checker needs.
#'
#' @param fn Your function, taking what the package's own takes
#'   (`forward(X, params)`, `backward(X, y, params, cache)`,
#'   `update_params(params, grads, lr)`, `train(X, y, params, lr, epochs)`)
#'   and returning the same named pieces: `forward()` returns
#'   `hidden_layer_input`, `hidden_activations`, `output_layer_input`,
#'   `output`; `backward()` returns `E`, `slope_output`, `slope_hidden`,
#'   `d_output`, `error_hidden`, `d_hidden`, `dwout`, `dbout`, `dwh`, `dbh`;
#'   `update_params()` returns new `wh`, `bh`, `wout`, `bout`; `train()`
#'   returns `params` (those four) and `loss`, one value per epoch, each half
#'   the mean square error before that epoch's update.
#' @return `TRUE` if every piece matches, else `FALSE`, invisibly; the
#'   verdict is printed.
#' @examples
#' check_forward(forward)
#' check_forward(function(X, params) stop("your code here"))
#' my_backward <- function(X, y, params, cache) {
#'   grads <- backward(X, y, params, cache)
#'   grads$E <- -grads$E  # the classic flipped sign
#'   grads
#' }
#' check_backward(my_backward)
#' check_update(update_params)
#' check_train(train)
#' @name exercises
#' @export
check_forward <- function(fn) {
  .verdict("check_forward", "forward's pieces", function(problem) {
    theirs <- fn(problem$X, problem$params)
    list(theirs, .forward(problem$X, problem$params), forward_steps)
  })
}

#' @rdname exercises
#' @export
check_backward <- function(fn) {
  .verdict("check_backward", "backward's pieces", function(problem) {
    cache <- .forward(problem$X, problem$params)
    theirs <- fn(problem$X, problem$y, problem$params, cache)
    list(theirs, .backward(problem$X, problem$y, problem$params, cache),
         backward_steps)
  })
}

#' @rdname exercises
#' @export
check_update <- function(fn) {
  .verdict("check_update", "parameters", function(problem) {
    grads <- .backward(problem$X, problem$y, problem$params,
                       .forward(problem$X, problem$params))
    theirs <- fn(problem$params, grads, exercise_lr)
    list(theirs, .update_params(problem$params, grads, exercise_lr),
         update_steps)
  })
}

#' @rdname exercises
#' @export
check_train <- function(fn) {
  .verdict("check_train", "params and loss", function(problem) {
    theirs <- fn(problem$X, problem$y, problem$params, exercise_lr,
                 exercise_epochs)
    ours <- suppressWarnings(train(problem$X, problem$y, problem$params,
                                   exercise_lr, exercise_epochs))
    if (is.list(theirs) && is.list(theirs$params)) {
      theirs <- c(list(loss = theirs$loss), theirs$params)
    }
    list(theirs, c(list(loss = ours$loss), ours$params),
         c(list(c(5, "loss")), update_steps))
  })
}

# Run compare on each problem; print and return the first difference, or a
# pass.
.verdict <- function(checker, what, compare) {
  problems <- exercise_problems()
  for (index in seq_along(problems)) {
    compared <- tryCatch(compare(problems[[index]]), error = function(e) e)
    if (inherits(compared, "error")) {
      text <- paste0(class(compared)[1], ": ",
                     trimws(conditionMessage(compared)))
      hint <- .error_hint(checker, text)
      return(.say("raised", checker = checker, problem = index, error = text,
                  hint = hint))
    }
    theirs <- compared[[1]]
    if (!is.list(theirs) || is.null(names(theirs))) {
      return(.say("not_named", checker = checker, got = class(theirs)[1],
                  what = what))
    }
    names <- .returned(checker, compared[[3]])
    for (step in compared[[3]]) {
      line <- .difference(checker, step[1], step[2], theirs, compared[[2]],
                          problems[[index]], names)
      if (!is.null(line)) {
        writeLines(line)
        return(invisible(FALSE))
      }
    }
  }
  .say("pass", checker = checker, problems = length(problems))
}

# The verdict for name: missing, a wrong shape, the first entry that differs;
# or NULL.
.difference <- function(checker, step, name, theirs, ours, problem, names) {
  if (is.null(theirs[[name]])) {
    return(say("missing", checker = checker, step = step, name = name,
               names = names))
  }
  expected <- as.matrix(ours[[name]])
  if (name == "loss") expected <- matrix(expected, ncol = 1)
  actual <- .fitted(.values(theirs[[name]]), dim(expected), name)
  hint <- .hint(checker, name, actual, ours, problem)
  if (!identical(.dims(actual), dim(expected))) {
    if (hint == "" && identical(.dims(actual), rev(dim(expected)))) {
      hint <- checks_table()$exercises$hints$transposed
    }
    return(say("shape", checker = checker, step = step, name = name,
                got = .shape(.dims(actual)), expected = .shape(dim(expected)),
                hint = hint))
  }
  far <- !.close(actual, expected)
  if (!any(far)) return(NULL)
  first <- which(t(far))[1]
  row <- (first - 1) %/% ncol(far) + 1
  column <- (first - 1) %% ncol(far) + 1
  say("differs", checker = checker, step = step, name = name, row = row,
       column = column, expected = number(expected[row, column]),
       actual = number(actual[row, column]), hint = hint)
}

# value as doubles with its own dimensions (a vector stays a vector); NaN if
# not numbers. A list of single numbers (a loss history grown with
# losses[[epoch]] <-) is a vector, as numpy reads a Python list.
.values <- function(value) {
  if (is.list(value) && length(value) > 0 &&
      all(vapply(value, function(v) {
        (is.numeric(v) || is.logical(v)) && length(v) == 1
      }, logical(1)))) {
    value <- unlist(value, use.names = FALSE)
  }
  if (!is.numeric(value) && !is.logical(value)) return(NaN)
  if (length(dim(value)) < 2) return(as.numeric(value))
  value * 1
}

# values in shape when only the container differs, else as they came. A
# loss history of any shape is a column; a vector (numpy: a 1-D array) of the
# right length is the row or column expected. A matrix keeps its shape, so a
# column where a row is expected stays a wrong shape.
.fitted <- function(values, shape, name) {
  if (name == "loss") return(matrix(values, ncol = 1))
  if (is.null(dim(values)) && min(shape) == 1 &&
      length(values) == prod(shape)) {
    return(matrix(values, shape[1], shape[2]))
  }
  values
}

# The classic mistake whose values actual holds, as a hint; "" when none.
.hint <- function(checker, name, actual, ours, problem) {
  X <- problem$X
  params <- problem$params
  cache <- .forward(X, params)
  grads <- .backward(X, problem$y, params, cache)
  no_bias <- params
  no_bias$bh <- 0 * params$bh
  no_bias$bout <- 0 * params$bout
  step <- function(sign, times) {
    lapply(stats::setNames(param_names, param_names), function(k) {
      params[[k]] + sign * grads[[paste0("d", k)]] * times
    })
  }
  candidates <- list(
    missing_bias = list(
      hidden_layer_input = X %*% params$wh,
      output_layer_input = cache$hidden_activations %*% params$wout,
      output = .forward(X, no_bias)$output
    ),
    bias_rows = list(
      hidden_layer_input = .recycled(X %*% params$wh, params$bh),
      output_layer_input = .recycled(cache$hidden_activations %*% params$wout,
                                     params$bout)
    ),
    flipped_sign = list(E = -grads$E),
    slope_of_input = list(
      slope_output = sigmoid_slope(cache$output_layer_input),
      slope_hidden = sigmoid_slope(cache$hidden_layer_input)
    ),
    no_hidden_slope = list(d_hidden = grads$error_hidden),
    # Tutorial 003's bias change: rowSums, a sum along each row (over units).
    bias_over_units = list(dbout = rowSums(grads$d_output),
                           dbh = rowSums(grads$d_hidden)),
    lr_twice = step(1, exercise_lr * exercise_lr),
    subtracted = step(-1, exercise_lr)
  )
  if (checker == "check_train") {
    loss <- as.numeric(ours$loss)
    candidates$loss_after_update <- list(loss = c(loss[-1], NaN))  # last: any
    candidates$mean_square <- list(loss = 2 * loss)
    candidates$never_updated <- c(list(loss = rep(loss[1], exercise_epochs)),
                                  params)
  }
  for (key in names(candidates)) {
    candidate <- candidates[[key]][[name]]
    if (!is.null(candidate) && .holds(actual, candidate)) {
      return(checks_table()$exercises$hints[[key]])
    }
  }
  ""
}

# Whether actual has candidate's values (a NaN in candidate: any value). As
# the same matrix, or as the same line of values in any container: a vector,
# a row or a column.
.holds <- function(actual, candidate) {
  if (!identical(.dims(actual), .dims(candidate))) {
    if (!(.is_line(actual) && .is_line(candidate) &&
          length(actual) == length(candidate))) {
      return(FALSE)
    }
    actual <- as.vector(actual)
    candidate <- as.vector(candidate)
  }
  if (length(actual) == 0) return(FALSE)
  known <- !is.nan(candidate)
  all(.close(actual, candidate)[known])
}

.is_line <- function(values) {
  is.null(dim(values)) || (length(dim(values)) == 2 && min(dim(values)) == 1)
}

# Which entries of actual are within the one tolerance of expected (NaN: not).
.close <- function(actual, expected) {
  tolerance <- agreement_tolerance()
  close <- abs(actual - expected) <= tolerance$atol +
    tolerance$rtol * abs(expected)
  close[is.na(close)] <- FALSE
  close
}

# matrix + c(bias) as R computes it: the bias recycled down the columns.
# (numpy cannot make this mistake; the candidate is in both languages so
# both look for the same mistakes.)
.recycled <- function(matrix, bias) {
  suppressWarnings(matrix + as.vector(bias))
}

# The hint for an error a forward raises when its bias does not fit the
# rows; or "".
.error_hint <- function(checker, error) {
  if (checker == "check_forward" &&
      any(vapply(bias_errors, grepl, logical(1), error, fixed = TRUE))) {
    return(checks_table()$exercises$hints$bias_rows)
  }
  ""
}

# The names the checker compares, for the verdict that one is missing.
.returned <- function(checker, steps) {
  names <- unique(vapply(steps, function(step) step[2], character(1)))
  if (checker == "check_train") {
    return(sprintf("params (%s) and %s", paste(names[-1], collapse = ", "),
                   names[1]))
  }
  paste(names, collapse = ", ")
}

.say <- function(key, ...) {
  writeLines(say(key, ...))
  invisible(key == "pass")
}

.dims <- function(values) {
  if (is.null(dim(values))) length(values) else dim(values)
}

.shape <- function(shape) {
  sprintf("(%s)", paste(shape, collapse = ", "))
}
