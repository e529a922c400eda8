# What a learner's wrong value or error *is*: the diagnoses behind the
# exercise checkers.
#
# exercises.R finds the first piece of a learner's function that differs from
# the package's own; this file says why, in the words of exercises.json (a
# copy of shared_data/exercises.json, which python/src/scratchnet/mistakes.py
# reads too). A wrong value is compared with what each catalogued mistake
# would give on the same problem (a mean where the sum belongs, the learning
# rate inside backward(), the pre-activation where the activation belongs,
# ...), each written once there as a formula in a small language both
# packages evaluate. An error is traced to the learner's own call (R gives
# the call that failed; the frames give where it ran), its operands are
# evaluated again in the learner's frame to give their shapes, and each
# operand is named by its value (d_output, wout transposed), which also gives
# the step.
#
# What it leaves out: it never runs the learner's code again beyond the
# operands of the call that stopped, and those only when they use nothing
# but the functions of safe_functions. Mirrors
# python/src/scratchnet/mistakes.py.

language <- "r"
# Names a learner gives a learning rate.
learning_rates <- "^(lr|learning_?rate|alpha|eta|rate|step_?size)$"

# The problems, pieces, mistakes and words of exercises.json.
exercises_table <- function() {
  shared_json("exercises.json")
}

# The line `.key` of `.section` in R's words, its {placeholders} filled (the
# dots keep a placeholder such as k from matching an argument partially).
words <- function(.key, .section = "words", ...) {
  text <- exercises_table()[[.section]][[.key]]
  if (is.list(text)) text <- text[[language]]
  fill(text, list(...))
}

# ---------------------------------------------------------------------------
# The problem's quantities, and the formula language of the catalogue

# Every quantity a formula or an operand may be: the problem, and the
# package's pieces. loss_after is each epoch's loss taken after its update
# (the losses of epochs 2 to epochs + 1); loss_lr_twice the losses of a run
# at lr * lr.
problem_quantities <- function(problem) {
  X <- problem$X
  y <- problem$y
  params <- problem$params
  cache <- .forward(X, params)
  grads <- .backward(X, y, params, cache)
  trained <- suppressWarnings(train(X, y, params, problem$lr,
                                    problem$epochs + 1))
  slower <- suppressWarnings(train(X, y, params, problem$lr * problem$lr,
                                   problem$epochs))
  c(list(X = X, y = y), params,
    list(lr = problem$lr, epochs = problem$epochs, n = nrow(X), d = ncol(X),
         h = ncol(params$wh), k = ncol(y)),
    cache, grads,
    list(loss = trained$loss[seq_len(problem$epochs)],
         loss_after = trained$loss[-1], loss_lr_twice = slower$loss))
}

# The catalogue's functions; + - * / are R's own.
formula_functions <- list(
  matmul = function(a, b) a %*% b,
  t = function(a) t(a),
  sigmoid = function(a) sigmoid(a),
  slope = function(a) sigmoid_slope(a),
  colsum = function(a) matrix(colSums(a), nrow = 1),
  rowsum = function(a) matrix(rowSums(a), ncol = 1),
  rows = function(m, b) m + rep(as.vector(b), each = nrow(m)),
  recycled = function(m, b) .recycled(m, b),
  first = function(a, m) a[seq_len(m)],
  repeat_first = function(a) rep(a[1], length(a))
)

# A catalogue formula's value on the problem env.
formula_value <- function(formula, env) {
  expression <- parse(text = formula, keep.source = FALSE)[[1]]
  eval(expression, c(env, formula_functions), baseenv())
}

# matrix + c(bias) as R computes it: the bias recycled down the columns.
.recycled <- function(matrix, bias) {
  suppressWarnings(matrix + as.vector(bias))
}

# What each catalogued mistake of checker gives for name, in catalogue order:
# a list of list(key, value).
candidates <- function(checker, name, env) {
  found <- list()
  for (mistake in exercises_table()$mistakes) {
    formulas <- if (checker %in% unlist(mistake$checkers)) {
      mistake$values[[name]]
    }
    for (formula in formulas) {
      found[[length(found) + 1]] <- list(key = mistake$key,
                                         value = formula_value(formula, env))
    }
  }
  found
}

# The catalogue's sentence for mistake .key, in R's words.
mistake_sentence <- function(.key, ...) {
  for (mistake in exercises_table()$mistakes) {
    if (mistake$key == .key) return(fill(mistake[[language]], list(...)))
  }
  stop("no mistake ", .key)
}

# ---------------------------------------------------------------------------
# Comparing values

# Which entries of actual are within the one tolerance of expected (NaN: not).
within_tolerance <- function(actual, expected) {
  tolerance <- .tolerance()
  near <- abs(actual - expected) <= tolerance$atol +
    tolerance$rtol * abs(expected)
  near[is.na(near)] <- FALSE
  near
}

# The one tolerance, from the tables (agreement_tolerance() would find the
# package's folder on every call, and the checkers compare hundreds of values).
.tolerance <- function() {
  shared_json("experiments.json")$tolerance
}

# Whether actual has candidate's values: as the same matrix, or as the same
# line of values (a vector, a row or a column).
holds <- function(actual, candidate) {
  if (!identical(.dims(actual), .dims(candidate))) {
    if (!(.is_line(actual) && .is_line(candidate) &&
          length(actual) == length(candidate))) {
      return(FALSE)
    }
    actual <- as.vector(actual)
    candidate <- as.vector(candidate)
  }
  length(actual) > 0 && all(within_tolerance(actual, candidate))
}

.is_line <- function(values) {
  is.null(dim(values)) || (length(dim(values)) == 2 && min(dim(values)) == 1)
}

# The first catalogued mistake whose value for name actual holds; else NULL.
value_mistake <- function(checker, name, actual, env) {
  for (candidate in candidates(checker, name, env)) {
    if (holds(actual, candidate$value)) return(candidate$key)
  }
  NULL
}

# The one factor every entry of actual is of expected's, when there is one
# (not 1); else NULL.
uniform_factor <- function(actual, expected) {
  if (!identical(.dims(actual), .dims(expected)) ||
      !all(abs(expected) > 1e-12)) {
    return(NULL)
  }
  ratio <- as.vector(actual / expected)
  if (!all(is.finite(ratio)) || abs(ratio[1] - 1) < 1e-8) return(NULL)
  if (all(abs(ratio - ratio[1]) <= 1e-6 * abs(ratio[1]))) ratio[1] else NULL
}

# ---------------------------------------------------------------------------
# How R writes shapes and positions

# A value's shape as an R learner says it: "a 5 x 4 matrix", "a vector of
# length 5", "a number".
shape_words <- function(value) {
  if (length(dim(value)) == 2) {
    return(sprintf("a %d x %d matrix", nrow(value), ncol(value)))
  }
  if (length(value) == 1) return("a number")
  sprintf("a vector of length %d", length(value))
}

# A position as R indexes it, from 1: "[1, 1]", "[2]".
index_words <- function(position) {
  sprintf("[%s]", paste(position, collapse = ", "))
}

# The names a list must hold, as list()'s arguments: "wh = ..., bh = ...".
names_words <- function(names) {
  paste(sprintf("%s = ...", names), collapse = ", ")
}

# What a returned value is, in a learner's terms: "an unnamed list of 4", "a
# 5 x 4 matrix".
kind_words <- function(value) {
  if (is.list(value) && is.null(names(value))) {
    return(sprintf("an unnamed list of %d", length(value)))
  }
  if (is.numeric(value) || is.logical(value)) return(shape_words(value))
  if (is.function(value)) return("a function")
  if (is.character(value)) return("text")
  sprintf("a %s", class(value)[1])
}

# ---------------------------------------------------------------------------
# Errors: the learner's call, its operands, the step

# What stopped the learner's function: a list of function_name, line, step,
# mistake and what. `where` is what .learner_frame() found when the error
# was signalled (NULL when the error did not come from the learner's code);
# mistake is "stopped" for an error no rule explains.
diagnose_error <- function(error, where, env) {
  what <- if (inherits(error, "scratchnet_error")) {
    conditionMessage(error)
  } else {
    paste0("Error: ", trimws(conditionMessage(error)))
  }
  if (is.null(where)) {
    return(list(function_name = NULL, line = "", step = NULL,
                mistake = "stopped", what = what))
  }
  call <- conditionCall(error)
  if (!is.call(call) || !.contains(body(where$fun), call)) call <- where$inner
  missing_name <- .not_found(conditionMessage(error))
  target <- if (!is.null(missing_name) && missing_name$kind == "object") {
    as.name(missing_name$name)
  } else {
    call
  }
  statement <- .statement(body(where$fun), target)
  found <- list(function_name = where$name, line = .line(statement, call),
                step = .assigned_step(statement), mistake = "stopped",
                what = what)
  said <- function(key, ...) {
    utils::modifyList(found, list(mistake = key,
                                  what = words(key, "errors", what = what,
                                               ...)))
  }
  if (!is.null(missing_name)) {
    name <- missing_name$name
    if (grepl(learning_rates, name, ignore.case = TRUE)) {
      return(said(if ("lr" %in% names(formals(where$fun))) {
        "lr_is_an_argument"
      } else {
        "lr_undefined"
      }))
    }
    # the learner's own names first: a typo is likelier of their own function
    known <- c(ls(where$env), ls(environment(where$fun)), ls(globalenv()))
    if (missing_name$kind == "function") {
      known <- c(known, getNamespaceExports("scratchnet"), ls(baseenv()))
    }
    suggestion <- .closest(name, known)
    if (!is.null(suggestion)) return(said("misspelled", suggestion = suggestion))
    return(said("undefined"))
  }
  if (identical(conditionMessage(error),
                "multi-argument returns are not permitted")) {
    return(said("one_value"))
  }
  missing_piece <- .missing_piece(call, where$env)
  if (!is.null(missing_piece)) {
    return(utils::modifyList(found, list(mistake = "no_such_piece",
                                         what = missing_piece)))
  }
  operation <- .operation(call, where$env, env)
  if (!is.null(operation)) {
    # the step the line assigns, unless the fault is an operand made earlier
    if (!identical(operation$mistake, "operand_shape") &&
        !is.null(found$step)) {
      operation$step <- found$step
    }
    return(utils::modifyList(found, operation))
  }
  found
}

# The name R did not find, and whether an object or a function; or NULL.
.not_found <- function(message) {
  patterns <- c(object = "^object '(.+)' not found$",
                "function" = "^could not find function \"(.+)\"$")
  for (kind in names(patterns)) {
    match <- regmatches(message, regexec(patterns[[kind]], message))[[1]]
    if (length(match) == 2) return(list(name = match[2], kind = kind))
  }
  NULL
}

# The known name most like name (at least half its letters in place, as
# Python's difflib would have it); NULL when none is.
.closest <- function(name, known) {
  known <- unique(known[!startsWith(known, ".") & known != name])
  if (length(known) == 0) return(NULL)
  distance <- utils::adist(name, known)[1, ]
  likeness <- 1 - distance / pmax(nchar(name), nchar(known))
  if (max(likeness) < 0.5) return(NULL)
  known[which.max(likeness)]
}

# The innermost frame running the learner's code when the error was
# signalled: its environment, its function, the name it was called by (NULL
# for the function the checker called) and the call it was making when the
# error came from deeper (a package function it called). frames, calls and
# functions are sys.frames(), sys.calls() and each frame's function; fn is
# the learner's function the checker called.
.learner_frame <- function(fn, frames, calls, functions) {
  top <- Position(function(f) identical(f, fn), functions)
  if (is.na(top) || top >= length(frames)) return(NULL)
  # the last frame is the error handler's own
  for (i in rev(seq(top, length(frames) - 1))) {
    home <- environment(functions[[i]])
    if (is.null(home) || isNamespace(home) || identical(home, baseenv())) {
      next
    }
    name <- if (i == top) NULL else deparse(calls[[i]][[1]])[1]
    return(list(env = frames[[i]], fun = functions[[i]], name = name,
                inner = calls[[i + 1]]))
  }
  NULL
}

# The innermost statement of code's blocks that holds target (a call or a
# name); code itself when it is no block.
.statement <- function(code, target) {
  if (is.null(target) || !.contains(code, target)) return(code)
  found <- code
  repeat {
    inner <- .inner_statement(found, target)
    if (is.null(inner)) return(found)
    found <- inner
  }
}

# The statement of a block inside code (through if, for and function
# bodies) that holds target; NULL when there is none.
.inner_statement <- function(code, target) {
  if (!is.call(code)) return(NULL)
  if (identical(code[[1]], as.name("{"))) {
    for (i in seq_along(code)[-1]) {
      if (.contains(code[[i]], target)) return(code[[i]])
    }
    return(NULL)
  }
  for (i in seq_along(code)[-1]) {
    if (!.is_empty(code[[i]]) && is.call(code[[i]]) &&
        .contains(code[[i]], target)) {
      inner <- .inner_statement(code[[i]], target)
      if (!is.null(inner)) return(inner)
    }
  }
  NULL
}

# Whether expression holds target anywhere (a call from sys.calls() may
# carry a srcref the same call in a body does not: compared as text).
.contains <- function(expression, target) {
  if (identical(expression, target) ||
      (is.call(expression) && is.call(target) &&
       identical(deparse(expression), deparse(target)))) {
    return(TRUE)
  }
  if (!is.call(expression)) return(FALSE)
  for (i in seq_along(expression)) {
    if (!.is_empty(expression[[i]]) && .contains(expression[[i]], target)) {
      return(TRUE)
    }
  }
  FALSE
}

.is_empty <- function(part) {
  identical(part, quote(expr = ))
}

# The learner's statement as one line; the failing call when the statement
# is too long to quote.
.line <- function(statement, call) {
  text <- paste(trimws(deparse(statement, width.cutoff = 500L)),
                collapse = " ")
  if (nchar(text) > 100 && is.call(call)) {
    text <- paste(deparse(call, width.cutoff = 500L), collapse = " ")
  }
  text
}

# Functions an operand may call to be evaluated again.
safe_functions <- c(
  "$", "[[", "[", "(", "t", "%*%", "*", "+", "-", "/", "^", "crossprod",
  "tcrossprod", "sigmoid", "sigmoid_slope", "colSums", "rowSums", "colMeans",
  "rowMeans", "sum", "mean", "exp", "matrix", "rep", "nrow", "ncol", "c",
  "as.vector", "as.matrix", "as.numeric", "length", "dim", "sweep", "drop",
  "cbind", "rbind", "outer"
)

# An operand's value in the learner's frame, or NULL if it is not safe to
# run again.
.evaluated <- function(expression, frame) {
  used <- setdiff(all.names(expression), all.vars(expression))
  if (!all(used %in% safe_functions)) return(NULL)
  tryCatch(suppressWarnings(eval(expression, frame)),
           error = function(e) NULL)
}

# The quantity value is, by its numbers: list(name, transposed); or NULL.
identify <- function(value, env) {
  if (!is.numeric(value) || length(dim(value)) != 2 || length(value) < 2) {
    return(NULL)
  }
  known <- c(Filter(function(v) length(dim(v)) == 2, env), .products(env))
  for (turned in c(FALSE, TRUE)) {
    for (name in names(known)) {
      quantity <- if (turned) t(known[[name]]) else known[[name]]
      if (identical(dim(quantity), dim(value)) &&
          all(within_tolerance(value, quantity))) {
        return(list(name = name, transposed = turned))
      }
    }
  }
  NULL
}

# The matrix products of steps 2 and 4, before their biases, named by their
# operands.
.products <- function(env) {
  list("X @ wh" = env$X %*% env$wh,
       "hidden_activations @ wout" = env$hidden_activations %*% env$wout)
}

# The piece whose step's form uses every one of names (a product counts as
# its operands); NULL when none does.
step_of <- function(names) {
  used <- unique(unlist(strsplit(names, " @ ", fixed = TRUE)))
  if (length(used) == 0) return(NULL)
  for (checker in c("check_forward", "check_backward", "check_update")) {
    for (piece in exercises_table()$checkers[[checker]]$pieces) {
      right <- sub("^[^<]*<-", "", piece[[language]])
      symbols <- regmatches(right, gregexpr("[A-Za-z_][A-Za-z0-9_]*", right))
      if (all(used %in% c(symbols[[1]], piece$name))) return(piece)
    }
  }
  NULL
}

# The step of the piece the learner's statement assigns (error_hidden <-
# ..., or an entry of a list: grads$dbh <- ...), if one.
.assigned_step <- function(statement) {
  if (!is.call(statement) ||
      !as.character(statement[[1]])[1] %in% c("<-", "=")) {
    return(NULL)
  }
  target <- statement[[2]] # error_hidden, or an entry: grads$dbh, grads[["dbh"]]
  if (is.call(target) && as.character(target[[1]])[1] %in% c("$", "[[")) {
    target <- target[[3]]
  }
  if (!is.name(target) && !is.character(target)) return(NULL)
  name <- as.character(target)
  for (checker in exercises_table()$checkers) {
    for (piece in checker$pieces) {
      if (piece$name == name) return(piece$step)
    }
  }
  NULL
}

# When an argument of the failing call is list$name or list[["name"]] and
# the list has no such name (R gives NULL, and the call then fails), the
# line that says so; else NULL. (Python raises KeyError at the lookup.)
.missing_piece <- function(call, frame) {
  if (!is.call(call)) return(NULL)
  for (i in seq_along(call)[-1]) {
    if (.is_empty(call[[i]])) next
    operand <- call[[i]]
    if (!is.call(operand) || !as.character(operand[[1]])[1] %in% c("$", "[[")) {
      next
    }
    holder <- .evaluated(operand[[2]], frame)
    missing <- if (is.character(operand[[3]])) operand[[3]] else
      as.character(operand[[3]])
    if (is.list(holder) && !is.null(names(holder)) &&
        !missing %in% names(holder)) {
      return(words("no_such_piece", "errors", expr = .spelled(operand),
                   holder = .spelled(operand[[2]]), missing = missing,
                   names = paste(names(holder), collapse = ", ")))
    }
  }
  NULL
}

# The diagnosis of a failing a %*% b, a * b, a + b (or crossprod(a, b),
# tcrossprod(a, b)): a list of step, mistake and what; NULL when the call is
# none of these or its operands cannot be evaluated again.
.operation <- function(call, frame, env) {
  operator <- if (is.call(call)) as.character(call[[1]])[1] else ""
  if (!operator %in% c("%*%", "*", "+", "-", "crossprod", "tcrossprod") ||
      length(call) != 3) {
    return(NULL)
  }
  left <- .evaluated(call[[2]], frame)
  right <- .evaluated(call[[3]], frame)
  texts <- list(left = .spelled(call[[2]]), right = .spelled(call[[3]]))
  if (operator == "crossprod") {
    left <- if (length(dim(left)) == 2) t(left)
    texts$left <- sprintf("t(%s)", texts$left)
  } else if (operator == "tcrossprod") {
    right <- if (length(dim(right)) == 2) t(right)
    texts$right <- sprintf("t(%s)", texts$right)
  }
  if (!is.numeric(left) || !is.numeric(right)) return(NULL)
  op <- if (operator %in% c("crossprod", "tcrossprod")) "%*%" else operator
  known <- list(identify(left, env), identify(right, env))
  piece <- step_of(unlist(lapply(known, function(found) found$name)))
  wanted <- if (!is.null(piece) && !is.null(env[[piece$name]])) {
    dim(as.matrix(env[[piece$name]]))
  }
  facts <- c(list(expr = .spelled(call)), texts,
             list(step = if (is.null(piece)) "?" else piece$step,
                  left_shape = shape_words(left),
                  right_shape = shape_words(right),
                  inner = sprintf("%d and %d",
                                  if (is.null(dim(left))) length(left) else
                                    ncol(left),
                                  if (is.null(dim(right))) length(right) else
                                    nrow(right))))
  wrong <- .wrong_operand(texts, list(left, right), env)
  if (!is.null(wrong)) {
    facts$step <- wrong$step
    return(list(step = wrong$step, mistake = "operand_shape",
                what = do.call(words, c(list("operand_shape", "errors"),
                                        facts, wrong$facts))))
  }
  found <- if (is.null(dim(left)) || is.null(dim(right))) {
    # a vector: its length only, no turning it
    list(key = if (op == "%*%") "inner_sizes" else "shapes_differ", fix = "")
  } else {
    .operation_mistake(op, left, right, known, texts, wanted)
  }
  list(step = piece$step, mistake = found$key,
       what = do.call(words, c(list(found$key, "errors"), facts,
                               list(fix = found$fix))))
}

# An operand named as a piece (error_hidden, cache$output) whose shape is
# not that piece's: it was made wrong on an earlier line. list(step, facts),
# or NULL.
.wrong_operand <- function(texts, values, env) {
  for (side in 1:2) {
    name <- sub('^(cache|grads)(\\$|\\[\\[")([A-Za-z_0-9]+)("\\]\\])?$', "\\3",
                texts[[side]])
    for (checker in c("check_forward", "check_backward")) {
      for (piece in .pieces(checker)) {
        expected <- dim(as.matrix(env[[piece$name]]))
        value <- values[[side]]
        if (piece$name == name && !identical(dim(value), expected) &&
            !(min(expected) == 1 && length(value) == prod(expected))) {
          made <- matrix(0, expected[1], expected[2])
          return(list(step = piece$step,
                      facts = list(operand = texts[[side]],
                                   shape = shape_words(value),
                                   expected = shape_words(made),
                                   form = piece[[language]])))
        }
      }
    }
  }
  NULL
}

# An operand of the learner's call as they wrote it.
.spelled <- function(expression) {
  paste(deparse(expression, width.cutoff = 500L), collapse = " ")
}

# Which mistake a failing operation is, and the fix in the learner's own
# terms: list(key, fix). wanted: the shape the step makes, when the operands
# tell the step; a product's fix is the way of turning or swapping its
# operands that gives it.
.operation_mistake <- function(op, left, right, known, texts, wanted) {
  a <- texts$left
  b <- texts$right
  if (op == "%*%") {
    if (identical(dim(left), dim(right))) {
      return(list(key = "matrix_product_for_elementwise",
                  fix = sprintf("%s * %s", a, b)))
    }
    p <- nrow(left)
    q <- ncol(left)
    r <- nrow(right)
    s <- ncol(right)
    options <- list(
      list("missing_transpose", sprintf("%s %%*%% %s", a, .transposed(b)),
           q == s, c(p, r)),
      list("missing_transpose", sprintf("%s %%*%% %s", .transposed(a), b),
           p == r, c(q, s)),
      list("operands_swapped", sprintf("%s %%*%% %s", b, a), s == p, c(r, q)),
      list("operands_swapped", sprintf("%s %%*%% %s", b, .transposed(a)),
           s == q, c(r, p)),
      list("operands_swapped", sprintf("%s %%*%% %s", .transposed(b), a),
           r == p, c(s, q)),
      list("missing_transpose",
           sprintf("%s %%*%% %s", .transposed(a), .transposed(b)), p == s,
           c(q, r))
    )
    valid <- Filter(function(option) option[[3]], options)
    chosen <- Filter(function(option) identical(as.integer(option[[4]]),
                                                as.integer(wanted)), valid)
    if (length(chosen) == 0) chosen <- valid
    if (length(chosen) == 0) return(list(key = "inner_sizes", fix = ""))
    return(list(key = chosen[[1]][[1]], fix = chosen[[1]][[2]]))
  }
  if (op %in% c("+", "-")) {
    names <- vapply(known, function(found) {
      if (is.null(found)) "" else found$name
    }, character(1))
    bias <- match(TRUE, names %in% c("bh", "bout"))
    if (!is.na(bias)) {
      other <- known[[3 - bias]]
      if (!is.null(other) && other$transposed) {
        return(list(key = "samples_as_columns",
                    fix = .untransposed_product(other$name)))
      }
      product <- if (bias == 2) a else b
      operand <- if (bias == 2) b else a
      return(list(key = "bias_not_a_row",
                  fix = sprintf("%s + rep(%s, each = nrow(X))", product,
                                operand)))
    }
  }
  if (op == "*" && ncol(left) == nrow(right)) {
    return(list(key = "elementwise_for_matrix_product",
                fix = sprintf("%s %%*%% %s", a, b)))
  }
  list(key = "shapes_differ", fix = "")
}

# t(text); t(x) gives x.
.transposed <- function(text) {
  inner <- sub("^t\\((.*)\\)$", "\\1", text)
  if (inner != text) inner else sprintf("t(%s)", text)
}

# The step's product with rows as samples.
.untransposed_product <- function(product) {
  forms <- c("X @ wh" = "X %*% params$wh + rep(params$bh, each = nrow(X))",
             "hidden_activations @ wout" = paste(
               "hidden_activations %*% params$wout +",
               "rep(params$bout, each = nrow(X))"
             ))
  if (product %in% names(forms)) forms[[product]] else product
}
