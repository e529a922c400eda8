# A trained network as a file: save it, load it, predict with it, in either
# language.
#
# A model is one JSON document, the same schema from R and Python, so a model
# saved by one language predicts in the other (to within 1e-12; the harness
# checks both directions). The schema is written out in
# python/src/scratchnet/model.py's header and docs/command-line.md. Numbers
# are written with 17 significant digits, enough to read back every double
# exactly (jsonlite stops at 15). Mirrors python/src/scratchnet/model.py.

model_version <- 1
training_fields <- c("dataset", "seed", "hidden", "lr", "epochs", "target",
                     "scale", "holdout")

#' The model of a finished run_experiment(): what save_model() writes
#'
#' @param run What [run_experiment()] returned.
#' @param trainer `"train"` or `"train_fast"`, as the run was trained.
#' @return A list with the fields of the model schema.
#' @examples
#' model <- model_from_run(run_experiment("toy"))
#' model$inputs
#' @export
model_from_run <- function(run, trainer = "train") {
  experiment <- run$experiment
  training <- lapply(stats::setNames(training_fields, training_fields),
                     function(field) experiment[[field]])
  training$trainer <- trainer
  training$scale <- run$scaling$kind
  training$holdout <- if (is.null(experiment$holdout)) 0 else experiment$holdout
  list(scratchnet_model = model_version, language = "r",
       inputs = run$dataset$features, targets = run$dataset$targets,
       scaling = run$scaling, params = run$final, training = training)
}

#' A model as the JSON text save_model() writes
#'
#' @param model What [model_from_run()] or [load_model()] returned.
#' @return One string.
#' @keywords internal
model_json <- function(model) {
  for (field in c("inputs", "targets")) model[[field]] <- I(model[[field]])
  model$scaling$center <- I(model$scaling$center)
  model$scaling$scale <- I(model$scaling$scale)
  if (!is.null(model$training$target)) {
    model$training$target <- I(model$training$target)
  }
  json_text(model)
}

#' Write a model to a file as JSON
#'
#' Writes a model to a file as JSON.
#' Written in base R; reading it back ([load_model()]) needs jsonlite.
#'
#' @param model What [model_from_run()] or [load_model()] returned.
#' @param path Where the model goes; its folder must exist.
#' @return `path`, invisibly.
#' @examples
#' path <- tempfile(fileext = ".json")
#' save_model(model_from_run(run_experiment("toy")), path)
#' if (requireNamespace("jsonlite", quietly = TRUE)) load_model(path)$inputs
#' @export
save_model <- function(model, path) {
  write_atomic(path, model_json(model), "save_model")
  invisible(path)
}

# Write text to path via a temporary file in the same folder and a rename.
# Readers never see half a file, and the temporary file is removed if
# anything fails; name (--json, --save) names the culprit.
write_atomic <- function(path, text, name) {
  temporary <- tempfile(".scratchnet-", tmpdir = dirname(path))
  ok <- tryCatch({
    writeLines(text, temporary)
    file.rename(temporary, path)
  }, error = function(e) FALSE, warning = function(w) FALSE)
  if (!isTRUE(ok)) {
    unlink(temporary)
    stop(scratchnet_error(say("cannot_write", name = name, path = path)))
  }
  invisible(path)
}

#' Read a model file and check it
#'
#' Reads a model file that [save_model()] wrote, and checks it.
#' Checks the schema version, the parameters and the columns; a file that is
#' not a model, another version, or parts that do not fit together are
#' refused in one line, the same as Python's. Reading JSON needs the R
#' package jsonlite (a suggested package: the rest of scratchnet runs on base
#' R alone); without it, this says so in one line.
#'
#' @param path A model file, written by `train --save` or [save_model()] in
#'   either language.
#' @return The model: a list with the fields of the schema, `params` as
#'   matrices.
#' @examples
#' path <- tempfile(fileext = ".json")
#' save_model(model_from_run(run_experiment("toy")), path)
#' if (requireNamespace("jsonlite", quietly = TRUE)) load_model(path)$scaling$kind
#' @export
load_model <- function(path) {
  fail <- function(...) stop(scratchnet_error(say(...)))
  if (!file.exists(path) || dir.exists(path)) {
    fail("cannot_read", path = path, reason = if (dir.exists(path)) {
      "Is a directory"
    } else {
      "No such file or directory"
    })
  }
  if (!requireNamespace("jsonlite", quietly = TRUE)) {
    fail("needs_jsonlite", path = path)
  }
  document <- tryCatch(
    jsonlite::fromJSON(path, simplifyVector = FALSE),
    error = function(e) NULL
  )
  if (is.null(document)) {
    fail("not_a_model", path = path, reason = "it is not JSON")
  }
  if (!is.list(document) || is.null(names(document)) ||
      is.null(document$scratchnet_model)) {
    fail("not_a_model", path = path, reason = "it has no scratchnet_model field")
  }
  if (!identical(as.numeric(document$scratchnet_model), model_version)) {
    fail("model_version", path = path, got = shown(document$scratchnet_model),
         version = model_version)
  }
  for (field in c("inputs", "targets", "scaling", "params")) {
    if (is.null(document[[field]])) {
      fail("not_a_model", path = path, reason = paste("it has no", field))
    }
  }
  rows <- function(x) {
    do.call(rbind, lapply(x, function(row) as.numeric(unlist(row))))
  }
  params <- check_params(lapply(document$params, rows),
                         name = paste0(path, ": params"))
  inputs <- as.character(unlist(document$inputs))
  if (length(inputs) != nrow(params$wh)) {
    fail("model_columns", path = path, count = length(inputs),
         names = paste(inputs, collapse = ", "), rows = nrow(params$wh))
  }
  document$inputs <- inputs
  document$targets <- as.character(unlist(document$targets))
  document$scaling$center <- as.numeric(unlist(document$scaling$center))
  document$scaling$scale <- as.numeric(unlist(document$scaling$scale))
  document$params <- params
  document
}

#' The model's output for inputs X, scaled as it was trained
#'
#' @param model What [load_model()] or [model_from_run()] returned.
#' @param X Inputs, an n x d matrix with its columns in `model$inputs`
#'   order.
#' @return An n x k matrix.
#' @examples
#' model <- model_from_run(run_experiment("toy"))
#' predict_model(model, load_dataset("toy")$X)
#' @export
predict_model <- function(model, X) {
  X <- check_matrix(X, "X", inputs = length(model$inputs))
  predict_output(apply_scaling(X, model$scaling), model$params)
}

# JSON text with every number to 17 significant digits (jsonlite stops at
# 15). A named list is an object; a matrix, a list of rows; a vector of
# length one, a scalar, unless wrapped in I(). (No Python twin: Python's json
# module writes the shortest exact form itself.)
json_text <- function(x) {
  scalar <- function(v) {
    if (is.null(v) || (length(v) == 1 && is.na(v) && !is.nan(v))) return("null")
    if (is.character(v)) return(json_string(v))
    if (is.logical(v)) return(if (v) "true" else "false")
    if (is.numeric(v) && v == round(v) && abs(v) < 1e15) return(sprintf("%.0f", v))
    sprintf("%.17g", v)
  }
  if (is.null(x)) return("null")
  if (is.list(x) && !is.null(names(x))) {
    parts <- vapply(names(x), function(name) {
      paste0(json_string(name), ": ", json_text(x[[name]]))
    }, "")
    return(paste0("{", paste(parts, collapse = ", "), "}"))
  }
  if (is.list(x)) {
    return(paste0("[", paste(vapply(x, json_text, ""), collapse = ", "), "]"))
  }
  if (is.matrix(x)) {
    rows <- vapply(seq_len(nrow(x)), function(i) json_text(I(x[i, ])), "")
    return(paste0("[", paste(rows, collapse = ", "), "]"))
  }
  if (length(x) == 1 && !inherits(x, "AsIs")) return(scalar(x))
  values <- vapply(seq_along(x), function(i) scalar(unclass(x)[i]), "")
  paste0("[", paste(values, collapse = ", "), "]")
}

# One string as a JSON string, escaped as jsonlite::toJSON() escapes it: \",
# \\, \b, \f, \n, \r and \t, other control characters as \u00XX, the rest
# as UTF-8. Base R, so a model is written without jsonlite.
json_string <- function(text) {
  text <- enc2utf8(text)
  text <- gsub("\\", "\\\\", text, fixed = TRUE)
  text <- gsub("\"", "\\\"", text, fixed = TRUE)
  if (grepl("[\001-\037]", text)) {
    short <- c("\b" = "\\b", "\f" = "\\f", "\n" = "\\n", "\r" = "\\r",
               "\t" = "\\t")
    for (code in 1:31) {
      char <- intToUtf8(code)
      escaped <- if (char %in% names(short)) short[[char]] else
        sprintf("\\u%04x", code)
      text <- gsub(char, escaped, text, fixed = TRUE)
    }
  }
  paste0("\"", text, "\"")
}
