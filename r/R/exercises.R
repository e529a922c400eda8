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
# the verdict. Mirrors python/src/scratchnet/exercises.py, which says the
# same words.

forward_steps <- list(c(2, "hidden_layer_input"), c(3, "hidden_activations"),
                      c(4, "output_layer_input"), c(4, "output"))
backward_steps <- list(c(5, "E"), c(6, "slope_output"), c(6, "slope_hidden"),
                       c(7, "d_output"), c(8, "error_hidden"), c(9, "d_hidden"),
                       c(10, "dwout"), c(11, "dbout"), c(10, "dwh"),
                       c(11, "dbh"))
update_steps <- list(c(10, "wh"), c(11, "bh"), c(10, "wout"), c(11, "bout"))
exercise_lr <- 0.5
exercise_epochs <- 3

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
#' values and a hint for the classic mistakes (a missing bias, a flipped
#' error sign, a slope taken from the pre-activation, a missing hidden slope,
#' a bias summed over units, the learning rate applied twice, the loss
#' recorded after the update). An error inside your function is the verdict,
#' never a stop.
#'
#' @param fn Your function, taking what the package's own takes
#'   (`forward(X, params)`, `backward(X, y, params, cache)`,
#'   `update_params(params, grads, lr)`, `train(X, y, params, lr, epochs)`)
#'   and returning the same named pieces.
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
      return(.say("raised", checker = checker, problem = index,
                  error = paste0(class(compared)[1], ": ",
                                 conditionMessage(compared))))
    }
    theirs <- compared[[1]]
    if (!is.list(theirs) || is.null(names(theirs))) {
      return(.say("not_named", checker = checker, got = class(theirs)[1],
                  what = what))
    }
    for (step in compared[[3]]) {
      line <- .difference(checker, step[1], step[2], theirs, compared[[2]],
                          problems[[index]])
      if (!is.null(line)) {
        writeLines(line)
        return(invisible(FALSE))
      }
    }
  }
  .say("pass", checker = checker, problems = length(problems))
}

# The verdict line for the first entry of name that differs, or NULL.
.difference <- function(checker, step, name, theirs, ours, problem) {
  if (is.null(theirs[[name]])) {
    return(say("missing", checker = checker, step = step, name = name))
  }
  expected <- as.matrix(ours[[name]])
  actual <- tryCatch(as.matrix(theirs[[name]]) * 1, error = function(e) {
    matrix(NaN)
  })
  if (name == "loss") {
    expected <- matrix(expected, ncol = 1)
    actual <- matrix(actual, ncol = 1)
  }
  hint <- .hint(name, actual, ours, problem)
  if (!identical(dim(actual), dim(expected))) {
    if (hint == "" && identical(dim(actual), rev(dim(expected)))) {
      hint <- checks_table()$exercises$hints$transposed
    }
    return(say("shape", checker = checker, step = step, name = name,
                got = .shape(dim(actual)), expected = .shape(dim(expected)),
                hint = hint))
  }
  tolerance <- agreement_tolerance()
  far <- !(abs(actual - expected) <= tolerance$atol +
             tolerance$rtol * abs(expected))
  far[is.na(far)] <- TRUE
  if (!any(far)) return(NULL)
  first <- which(t(far))[1]
  row <- (first - 1) %/% ncol(far) + 1
  column <- (first - 1) %% ncol(far) + 1
  say("differs", checker = checker, step = step, name = name, row = row,
       column = column, expected = number(expected[row, column]),
       actual = number(actual[row, column]), hint = hint)
}

# The classic mistake actual matches, as a hint; "" when it matches none.
.hint <- function(name, actual, ours, problem) {
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
    flipped_sign = list(E = -grads$E),
    slope_of_input = list(slope_hidden = sigmoid_slope(cache$hidden_layer_input)),
    no_hidden_slope = list(d_hidden = grads$error_hidden),
    bias_over_units = list(dbh = matrix(rowSums(grads$d_hidden), ncol = 1)),
    lr_twice = step(1, exercise_lr * exercise_lr),
    subtracted = step(-1, exercise_lr)
  )
  if (name == "loss" && !is.null(ours$loss)) {
    candidates$loss_after_update <- list(
      loss = matrix(c(ours$loss[-1], NaN), ncol = 1)
    )
  }
  for (key in names(candidates)) {
    candidate <- candidates[[key]][[name]]
    if (is.null(candidate)) next
    candidate <- as.matrix(candidate)
    mine <- actual
    if (name == "loss") {
      keep <- seq_len(max(0, nrow(candidate) - 1))
      candidate <- candidate[keep, , drop = FALSE]
      mine <- actual[keep, , drop = FALSE]
    }
    if (identical(dim(candidate), dim(mine)) &&
        isTRUE(all(abs(mine - candidate) <= 1e-8 + 1e-5 * abs(candidate)))) {
      return(checks_table()$exercises$hints[[key]])
    }
  }
  ""
}

.say <- function(key, ...) {
  writeLines(say(key, ...))
  invisible(key == "pass")
}

.shape <- function(shape) {
  sprintf("(%s)", paste(shape, collapse = ", "))
}
