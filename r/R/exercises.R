# Exercises that check a learner's own network and say what is wrong, as a
# tutor would.
#
# Write your own forward(), backward(), update_params() or train(), with the
# same arguments and the same named pieces as the package's, and pass it to
# check_forward(), check_backward(), check_update() or check_train(). Each
# runs your function on the two small problems of exercise_problem() (no
# square matrices, so a transposed one cannot hide), compares every piece
# with the package's own in step order, and prints one verdict, starting
# PASS or FAIL. A failure names the step, your piece and what it is: the
# usual mistake it matches (mistakes.R), or the call of yours that stopped,
# with its operands' sizes and the fix.
#
# Values are judged, not containers: a vector of the right length passes
# where a 1 x h row or an n x 1 column is expected, so colSums(d_hidden) is
# as good as matrix(colSums(d_hidden), nrow = 1), and a loss history may be
# a vector or a list. Names are matched exactly ([[, never $'s partial
# matching); extra names are ignored.
#
# Each checker returns, invisibly, TRUE or FALSE with the verdict's fields as
# attributes (passed, step, name, index, expected, got, mistake, hint, line),
# read with $; the function in options(scratchnet.verdict_hook) is called
# with them as a list (the web page styles its cells so). Mirrors
# python/src/scratchnet/exercises.py, which says the same in Python's words;
# one check is Python's alone: R never changes the list a function was given,
# so no R function can break the contract by changing its params in place.

# A checker's verdict: TRUE or FALSE, with the printed line and its parts.
.verdict <- function(passed, checker, line, problem = NULL, step = NULL,
                     name = NULL, index = NULL, expected = NULL, got = NULL,
                     mistake = NULL, hint = "") {
  fields <- list(checker = checker, line = line, problem = problem,
                 step = step, name = name, index = index,
                 expected = expected, got = got, mistake = mistake,
                 hint = hint)
  do.call(structure, c(list(.Data = passed, class = "scratchnet_verdict"),
                       Filter(Negate(is.null), fields)))
}

#' A checker's verdict, printed and read
#'
#' `check_forward()` and the other checkers return `TRUE` or `FALSE` with
#' the verdict's parts attached: read them with `$` (`passed`, `checker`,
#' `problem`, `step`, `name`, `index`, `expected`, `got`, `mistake`, `hint`,
#' `line`), or all at once with `as.list()`. A part that does not apply
#' (the step of a pass) is `NULL`.
#'
#' @param x A verdict, as a checker returns it.
#' @param name The part to read.
#' @param ... Not used.
#' @return `$`: the part; `as.list()`: every part, named; `print()`: `x`,
#'   invisibly, after printing its line.
#' @examples
#' verdict <- check_forward(forward)
#' verdict$passed
#' verdict$line
#' @name verdict
#' @export
`$.scratchnet_verdict` <- function(x, name) {
  if (name == "passed") return(as.vector(unclass(x)))
  attr(x, name, exact = TRUE)
}

#' @rdname verdict
#' @export
as.list.scratchnet_verdict <- function(x, ...) {
  parts <- attributes(x)
  parts$class <- NULL
  c(list(passed = as.vector(unclass(x))), parts)
}

#' @rdname verdict
#' @export
print.scratchnet_verdict <- function(x, ...) {
  writeLines(attr(x, "line", exact = TRUE))
  invisible(x)
}

#' The problems the exercise checkers run
#'
#' Gives problem `number` of the exercise checkers, to work a verdict's numbers
#' by hand.
#' Problem 1 has 5 samples, 3 inputs, 4 hidden units and 2 outputs; problem
#' 2 has 2, 1, 3 and 1. A verdict names the problem it failed on: work its
#' expected number by hand here. Your `forward()` gets `X` and `params`; your
#' `backward()` also `y` and what the package's [forward()] returns; your
#' `update_params()` the package's [backward()] changes at `params`, and
#' `lr`; your `train()` `lr` and `epochs` too.
#'
#' @param number 1 or 2.
#' @return A list: `X` (n x d), `y` (n x k, 0 or 1), `params` (`wh`, `bh`,
#'   `wout`, `bout`, from `init_params()`), `lr` and `epochs`.
#' @examples
#' problem <- exercise_problem(1)
#' dim(problem$X)
#' forward(problem$X, problem$params)$hidden_layer_input[1, 1]
#' @export
exercise_problem <- function(number) {
  table <- exercises_table()
  number <- check_whole(number, "number", 1, length(table$problems))
  size <- table$problems[[number]]
  X <- matrix(runif_from_seed(size$n * size$d, size$seed + 100), size$n,
              size$d)
  y <- (matrix(runif_from_seed(size$n * size$k, size$seed + 200), size$n,
               size$k) > 0.5) * 1
  params <- init_params(size$d, size$h, size$k, size$seed)
  list(X = X, y = y, params = params, lr = table$lr, epochs = table$epochs)
}

#' Check your own forward(), backward(), update_params() or train()
#'
#' Each checker runs your function on the two small problems of
#' [exercise_problem()], compares every piece it returns with the package's
#' own in step order, and prints one verdict: `PASS`, or `FAIL` with the
#' step, your piece, and what it is. A wrong value is named by the usual
#' mistake it matches (a mean where the sum belongs, the learning rate inside
#' backward, the pre-activation where the activation belongs, a bias
#' recycled down the columns, ...); an error in your function is traced to
#' your call, with its operands' sizes and the fix. Your code's errors are
#' the verdict, never a stop.
#'
#' Values are judged, not containers: a vector of the right length passes
#' where a 1 x h row or an n x 1 column is expected (`colSums(d_hidden)` for
#' `dbh`), and the loss history may be a vector or a list. Names must be
#' exact (`loss`, not `losses`); extra names are ignored.
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
#' @return `TRUE` if every piece matches, else `FALSE`, invisibly, with the
#'   verdict's parts attached (see [verdict]); the verdict is printed.
#' @examples
#' check_forward(forward)
#' check_forward(function(X, params) stop("your code here"))
#' my_backward <- function(X, y, params, cache) {
#'   grads <- backward(X, y, params, cache)
#'   grads$E <- cache$output - y # the classic flipped sign
#'   grads
#' }
#' check_backward(my_backward)
#' check_update(update_params)
#' check_train(train)
#' @name exercises
#' @export
check_forward <- function(fn) {
  .check("check_forward", fn, .label(substitute(fn)))
}

#' @rdname exercises
#' @export
check_backward <- function(fn) {
  .check("check_backward", fn, .label(substitute(fn)))
}

#' @rdname exercises
#' @export
check_update <- function(fn) {
  .check("check_update", fn, .label(substitute(fn)))
}

#' @rdname exercises
#' @export
check_train <- function(fn) {
  .check("check_train", fn, .label(substitute(fn)))
}

# The name the learner's function was passed by, or NULL.
.label <- function(expression) {
  if (is.name(expression)) as.character(expression) else NULL
}

# Judge fn, print the verdict's line, hand the verdict to the hook.
.check <- function(checker, fn, label) {
  verdict <- .judge(checker, fn, label)
  writeLines(attr(verdict, "line", exact = TRUE))
  hook <- getOption("scratchnet.verdict_hook")
  if (is.function(hook)) hook(as.list(verdict))
  invisible(verdict)
}

# The first failure on problem 1, then problem 2; or a pass.
.judge <- function(checker, fn, label) {
  function_name <- if (is.null(label)) {
    exercises_table()$checkers[[checker]]$`function`
  } else {
    label
  }
  for (number in 1:2) {
    problem <- exercise_problem(number)
    env <- problem_quantities(problem)
    ran <- .call_learner(fn, .arguments(checker, problem, env))
    if (!is.null(ran$error)) {
      return(.stopped(checker, number, ran, env, function_name))
    }
    ours <- .ours(checker, problem, env)
    failure <- .result(checker, number, ran$value, ours, env, function_name,
                       fn)
    if (!is.null(failure)) {
      unknown <- .unknown_name(fn, .arguments(checker, problem, env))
      if (is.null(unknown)) return(failure)
      text <- words("reads_missing", `function` = function_name,
                    expr = unknown$expr, holder = unknown$holder,
                    names = unknown$names)
      return(.fail(checker, number, failure$step, text, name = failure$name,
                   mistake = "no_such_piece", hint = text))
    }
  }
  line <- words("pass", checker = checker, problems = words("problems"))
  .verdict(TRUE, checker, line)
}

# fn called on args: list(value) or, when it stopped, list(error, where),
# where saying which of the learner's frames it stopped in.
.call_learner <- function(fn, args) {
  where <- NULL
  value <- tryCatch(
    withCallingHandlers(do.call(fn, args), error = function(e) {
      frames <- sys.frames()
      functions <- lapply(seq_along(frames), sys.function)
      where <<- .learner_frame(fn, frames, sys.calls(), functions)
    }),
    error = function(e) structure(list(e), class = "learner_error")
  )
  if (inherits(value, "learner_error")) {
    return(list(error = value[[1]], where = where))
  }
  list(value = value)
}

# What checker passes to the learner's function. backward() gets the
# package's forward pass as its cache, update_params() the package's changes
# as its grads (both among the problem's quantities).
.arguments <- function(checker, problem, env) {
  switch(checker,
    check_forward = list(problem$X, problem$params),
    check_backward = list(problem$X, problem$y, problem$params,
                          .named("check_forward", env)),
    check_update = list(problem$params, .named("check_backward", env),
                        problem$lr),
    check_train = list(problem$X, problem$y, problem$params, problem$lr,
                       problem$epochs)
  )
}

# The package's own pieces for checker, by name.
.ours <- function(checker, problem, env) {
  params <- problem$params
  switch(checker,
    check_forward = .named(checker, env),
    check_backward = .named(checker, env),
    check_update = .update_params(params, .named("check_backward", env),
                                  problem$lr),
    check_train = c(list(loss = env$loss),
                    suppressWarnings(train(problem$X, problem$y, params,
                                           problem$lr, problem$epochs))$params)
  )
}

# The pieces checker compares, from the problem's quantities, by name.
.named <- function(checker, env) {
  names <- vapply(.pieces(checker), function(piece) piece$name, character(1))
  env[names]
}

.pieces <- function(checker) {
  exercises_table()$checkers[[checker]]$pieces
}

# A failing verdict: its line, from the step and what is wrong.
.fail <- function(checker, number, step, what, ...) {
  where <- if (is.null(step)) "" else words("step", step = step)
  if (number > 1) {
    size <- exercises_table()$problems[[number]]
    what <- paste0(what, words("later_problem", problem = number, n = size$n,
                               d = size$d, h = size$h, k = size$k))
  }
  line <- words("fail", checker = checker, where = where, problem = number,
                what = what)
  .verdict(FALSE, checker, line, problem = number, step = step, ...)
}

# The verdict on an error in the learner's function: their call, its
# operands, the fix.
.stopped <- function(checker, number, ran, env, function_name) {
  found <- diagnose_error(ran$error, ran$where, env)
  if (!is.null(found$function_name)) function_name <- found$function_name
  if (conditionMessage(ran$error) == exercises_table()$blank) {
    return(.fail(checker, number, NULL,
                 words("blank", `function` = function_name),
                 mistake = "blank"))
  }
  what <- if (nzchar(found$line)) {
    words("stopped", line = found$line, `function` = function_name,
          what = found$what)
  } else {
    words("stopped_somewhere", `function` = function_name, what = found$what)
  }
  mistake <- if (is.null(found$mistake)) class(ran$error)[1] else found$mistake
  .fail(checker, number, found$step, what, mistake = mistake,
        hint = found$what)
}

# The first piece of theirs that is missing or differs; NULL when all match.
.result <- function(checker, number, theirs, ours, env, function_name, fn) {
  names <- vapply(.pieces(checker), function(piece) piece$name, character(1))
  shown <- names_words(names)
  listed <- paste(names, collapse = ", ")
  if (checker == "check_train") {
    shown <- names_words(c("params", "loss"))
    listed <- sprintf("params (%s) and loss", paste(names[-1], collapse = ", "))
  }
  if (checker == "check_train" && is.list(theirs) && !is.null(names(theirs))) {
    if (!is.list(theirs[["params"]])) {
      given <- .near_miss("params", theirs, NULL, c("params", "loss"))
      if (!is.null(given)) {
        text <- words("near_miss", `function` = function_name, given = given,
                      name = "params")
        return(.fail(checker, number, NULL, text, name = "params",
                     mistake = "near_miss_name"))
      }
      text <- words("params_missing", `function` = function_name)
      return(.fail(checker, number, NULL, text, name = "params",
                   mistake = "name_missing"))
    }
    theirs <- c(theirs[names(theirs) != "params"], theirs[["params"]])
  }
  if (!is.list(theirs) || is.null(names(theirs))) {
    return(.container(checker, number, theirs, function_name, shown, ours,
                      env, fn))
  }
  for (piece in .pieces(checker)) {
    name <- piece$name
    if (is.null(theirs[[name]])) {
      given <- .near_miss(name, theirs, ours[[name]], names)
      if (!is.null(given)) {
        text <- words("near_miss", `function` = function_name, given = given,
                      name = name)
        return(.fail(checker, number, piece$step, text, name = name,
                     mistake = "near_miss_name"))
      }
      text <- words("missing", `function` = function_name, name = name,
                    names = listed)
      return(.fail(checker, number, piece$step, text, name = name,
                   mistake = "name_missing"))
    }
    failure <- .compare(checker, number, piece, theirs[[name]], ours[[name]],
                        env)
    if (!is.null(failure)) return(failure)
  }
  NULL
}

# A list$name or list[["name"]] in fn's code whose list is one of fn's
# arguments and has no such name: R gives NULL and the function goes on,
# which is why its values are wrong. list(expr, holder, names), or NULL.
# (Python stops there with a KeyError.)
.unknown_name <- function(fn, args) {
  arguments <- names(formals(fn))
  found <- NULL
  visit <- function(expression) {
    if (!is.null(found) || !is.call(expression)) return(invisible())
    operator <- as.character(expression[[1]])[1]
    if (operator %in% c("$", "[[") && length(expression) == 3 &&
        is.name(expression[[2]])) {
      key <- expression[[3]]
      key <- if (operator == "$" && is.name(key)) as.character(key) else
        if (is.character(key)) key
      holder <- args[match(as.character(expression[[2]]), arguments)][[1]]
      if (!is.null(key) && is.list(holder) && !key %in% names(holder)) {
        found <<- list(expr = .spelled(expression),
                       holder = as.character(expression[[2]]),
                       names = paste(names(holder), collapse = ", "))
        return(invisible())
      }
    }
    for (i in seq_along(expression)[-1]) {
      if (!.is_empty(expression[[i]])) visit(expression[[i]])
    }
  }
  visit(body(fn))
  found
}

# The verdict on a result that is not a named list: NULL (nothing returned),
# the value of a last assignment, an unnamed list.
.container <- function(checker, number, theirs, function_name, shown, ours,
                       env, fn) {
  if (is.null(theirs)) {
    text <- words("none", `function` = function_name, names = shown)
    return(.fail(checker, number, NULL, text, mistake = "no_return"))
  }
  got <- kind_words(theirs)
  if (is.list(theirs)) {
    held <- lapply(theirs, function(value) identify(value, c(ours, env)))
    if (length(held) > 0 && all(!vapply(held, is.null, logical(1)))) {
      got <- paste(got, "holding",
                   paste(vapply(held, function(found) found$name,
                                character(1)), collapse = ", "))
    }
    text <- words("not_named", `function` = function_name, got = got,
                  names = shown)
    return(.fail(checker, number, NULL, text, mistake = "not_named"))
  }
  held <- identify(theirs, c(ours, env))
  if (!is.null(held)) got <- paste0(got, " (your ", held$name, ")")
  if (.ends_with_assignment(fn)) {
    text <- words("last_line", `function` = function_name, got = got,
                  names = shown)
    return(.fail(checker, number, NULL, text, mistake = "no_return"))
  }
  text <- words("not_named", `function` = function_name, got = got,
                names = shown)
  .fail(checker, number, NULL, text, mistake = "not_named")
}

# Whether fn's last line is an assignment, whose value R returns unseen.
.ends_with_assignment <- function(fn) {
  code <- body(fn)
  if (is.call(code) && identical(code[[1]], as.name("{")) && length(code) > 1) {
    code <- code[[length(code)]]
  }
  is.call(code) && as.character(code[[1]])[1] %in% c("<-", "=", "<<-")
}

# The name under which theirs holds name: its values, or a name one slip
# away (for train's params, a list holding wh, bh, wout and bout under
# another name); NULL when none.
.near_miss <- function(name, theirs, expected, names) {
  others <- setdiff(names(theirs), c(names, ""))
  if (name == "params") {
    for (key in others) {
      if (is.list(theirs[[key]]) && !is.null(theirs[[key]][["wh"]])) return(key)
    }
  }
  if (!is.null(expected)) {
    for (key in others) {
      values <- .values(theirs[[key]])
      if (is.null(values)) next
      fitted <- .fitted(values, .dims(expected), name)
      if (identical(.dims(fitted), .dims(expected)) &&
          all(within_tolerance(fitted, expected))) {
        return(key)
      }
    }
  }
  for (key in others) {
    if (tolower(key) == tolower(name) ||
        .one_slip(tolower(key), tolower(name))) {
      return(key)
    }
  }
  NULL
}

# Whether a is b with a letter or two added, dropped or changed (losses,
# los).
.one_slip <- function(a, b) {
  if (abs(nchar(a) - nchar(b)) > 2 || min(nchar(a), nchar(b)) < 3) {
    return(FALSE)
  }
  utils::adist(a, b)[1, 1] <= 2
}

# The verdict on one piece: NULL when it matches; else what it is, and
# where.
.compare <- function(checker, number, piece, raw, expected, env) {
  name <- piece$name
  step <- piece$step
  facts <- list(name = name, step = step, form = piece[[language]],
                problem = number)
  values <- .values(raw)
  if (is.null(values)) {
    text <- do.call(words, c(list("not_numbers"), facts,
                             list(got = kind_words(raw))))
    return(.fail(checker, number, step, text, name = name,
                 mistake = "not_numbers"))
  }
  expected <- if (name == "loss") as.numeric(expected) else as.matrix(expected)
  actual <- .fitted(values, .dims(expected), name)
  mistake <- value_mistake(checker, name, actual, env)
  sizes <- list(n = env$n, k = env$k, nk = env$n * env$k, lr = env$lr,
                epochs = env$epochs)
  sentence <- function(key) do.call(mistake_sentence, c(list(key), facts,
                                                        sizes))
  said <- function(key, ...) do.call(words, c(list(key), facts, list(...)))
  if (!identical(.dims(actual), .dims(expected))) {
    observed <- words("shape", name = name, step = step,
                      got = shape_words(values),
                      expected = shape_words(expected))
    if (!is.null(mistake)) {
      hint <- sentence(mistake)
    } else if (identical(.dims(actual), rev(.dims(expected))) &&
               all(within_tolerance(t(actual), expected))) {
      mistake <- "transposed"
      hint <- said("transposed")
    } else if (length(actual) != length(expected)) {
      mistake <- "wrong_count"
      hint <- said("wrong_count", count = length(actual),
                   expected_count = length(expected))
      observed <- ""
    } else {
      mistake <- "wrong_shape"
      hint <- said("unknown")
    }
    what <- if (nzchar(observed)) paste0(observed, ": ", hint) else hint
    return(.fail(checker, number, step, what, name = name, mistake = mistake,
                 hint = hint))
  }
  far <- !within_tolerance(actual, expected)
  if (!any(far)) return(NULL)
  position <- .first_position(far)
  index <- index_words(.their_position(position, raw, actual))
  got <- actual[matrix(position, nrow = 1)]
  wanted <- expected[matrix(position, nrow = 1)]
  observed <- words("differs", name = name, index = index,
                    got = number(got), expected = number(wanted))
  factor <- if (is.null(mistake)) uniform_factor(actual, expected)
  if (!is.null(mistake)) {
    hint <- sentence(mistake)
  } else if (!is.null(factor)) {
    mistake <- "scaled"
    hint <- said("scaled", factor = number(factor))
  } else {
    hint <- said("unknown")
  }
  .fail(checker, number, step, paste0(observed, ": ", hint), name = name,
        index = index, expected = wanted, got = got, mistake = mistake,
        hint = hint)
}

# The first entry that differs, row by row as numpy reads a matrix: c(row,
# column) for a matrix, c(i) for a vector.
.first_position <- function(far) {
  if (is.null(dim(far))) return(which(far)[1])
  first <- which(t(far))[1]
  c((first - 1) %/% ncol(far) + 1, (first - 1) %% ncol(far) + 1)
}

# A position in the learner's own container: one index for a vector or a
# list.
.their_position <- function(position, raw, actual) {
  if (is.null(dim(raw)) && length(position) == 2) {
    return((position[1] - 1) * ncol(actual) + position[2])
  }
  position
}

# value as doubles with its own dimensions (a vector stays a vector); NULL if
# not numbers. A list of single numbers (a loss history grown with
# losses[[epoch]] <-) is a vector, as numpy reads a Python list.
.values <- function(value) {
  if (is.list(value) && length(value) > 0 &&
      all(vapply(value, function(v) {
        (is.numeric(v) || is.logical(v)) && length(v) == 1
      }, logical(1)))) {
    value <- unlist(value, use.names = FALSE)
  }
  if (!is.numeric(value) && !is.logical(value)) return(NULL)
  if (length(dim(value)) < 2) return(as.numeric(value))
  value * 1
}

# values in shape when only the container differs, else as they came. A
# loss history of any shape is a vector; a vector of the right length is the
# row or column expected. A matrix keeps its shape, so a column where a row
# is expected stays a wrong shape.
.fitted <- function(values, shape, name) {
  if (name == "loss") return(as.vector(values))
  if (is.null(dim(values)) && length(shape) == 2 && min(shape) == 1 &&
      length(values) == prod(shape)) {
    return(matrix(values, shape[1], shape[2]))
  }
  values
}

.dims <- function(values) {
  if (is.null(dim(values))) length(values) else dim(values)
}
