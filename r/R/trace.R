# One epoch, step by step: every intermediate with its name and shape.
#
# Tutorial 003's notebook walks through one epoch printing each array; this
# does the same with the core's own functions, numbered as steps 0-11. Used by
# the notebook lesson. Mirrors python/src/scratchnet/trace.py, which prints
# the same lines with the shapes as numpy writes them, (3, 4) for 3 x 4.

#' Every intermediate of one epoch, in order
#'
#' @param X Inputs, an n x d matrix.
#' @param y Targets, an n x k matrix.
#' @param params Start weights, shapes as in [forward()].
#' @param lr The learning rate.
#' @return A list of lists (`step`, `name`, `value`), from step 0 (X, y) to
#'   step 11 (the new biases).
#' @examples
#' toy <- load_dataset("toy")
#' trace <- trace_epoch(toy$X, toy$y, init_params(4, 3, 1, seed = 42), lr = 0.1)
#' vapply(trace, `[[`, "", "name")
#' @export
trace_epoch <- function(X, y, params, lr) {
  cache <- forward(X, params)
  grads <- backward(X, y, params, cache)
  new <- update_params(params, grads, lr)
  entry <- function(step, name, value) list(step = step, name = name,
                                            value = value)
  list(
    entry(0, "X", X),
    entry(0, "y", y),
    entry(1, "wh", params$wh),
    entry(1, "bh", params$bh),
    entry(1, "wout", params$wout),
    entry(1, "bout", params$bout),
    entry(2, "hidden_layer_input", cache$hidden_layer_input),
    entry(3, "hidden_activations", cache$hidden_activations),
    entry(4, "output_layer_input", cache$output_layer_input),
    entry(4, "output", cache$output),
    entry(5, "E", grads$E),
    entry(6, "slope_output", grads$slope_output),
    entry(6, "slope_hidden", grads$slope_hidden),
    entry(7, "d_output", grads$d_output),
    entry(8, "error_hidden", grads$error_hidden),
    entry(9, "d_hidden", grads$d_hidden),
    entry(10, "wout (new)", new$wout),
    entry(10, "wh (new)", new$wh),
    entry(11, "bout (new)", new$bout),
    entry(11, "bh (new)", new$bh)
  )
}

#' The trace for reading: "step 2  hidden_layer_input 3 x 3" then its rows
#'
#' @param trace What [trace_epoch()] returned.
#' @param digits Decimals shown (the numbers themselves are not rounded).
#' @param max_rows Rows shown per array at most; the rest are counted.
#' @return A character vector.
#' @examples
#' toy <- load_dataset("toy")
#' trace <- trace_epoch(toy$X, toy$y, init_params(4, 3, 1, seed = 42), lr = 0.1)
#' head(trace_lines(trace), 6)
#' @export
trace_lines <- function(trace, digits = 4, max_rows = 10) {
  lines <- character(0)
  for (item in trace) {
    lines <- c(lines, sprintf("step %2d  %s %d x %d", item$step, item$name,
                              nrow(item$value), ncol(item$value)))
    for (row in seq_len(min(nrow(item$value), max_rows))) {
      lines <- c(lines, paste0("    ", paste(
        sprintf(paste0("% .", digits, "f"), item$value[row, ]), collapse = " "
      )))
    }
    if (nrow(item$value) > max_rows) {
      lines <- c(lines, sprintf("    ... %d more rows",
                                nrow(item$value) - max_rows))
    }
  }
  lines
}
