# Pictures a learner would rather look at than read: loss curves, boundaries.
#
# Drawn with base graphics into PNG files (png(), no screen needed), so an R
# learner needs no Python. Mirrors python/src/scratchnet/plots.py: the same
# functions, the same 640 x 480 pictures.

#' Loss against epoch for several runs on one log-scaled axis
#'
#' @param curves A named list: label -> loss history (a numeric vector of
#'   length epochs). Drawn in order, the later dashed over the earlier, so two
#'   identical runs show as one line.
#' @param title The figure's title.
#' @param path Where the PNG goes (its folder is made if missing).
#' @return `path`, invisibly.
#' @export
plot_loss_curves <- function(curves, title, path) {
  open_png(path)
  on.exit(grDevices::dev.off())
  colours <- c("#1f77b4", "#ff7f0e")
  widths <- c(3.5, 1.5)
  all_losses <- unlist(curves)
  graphics::plot(NULL, xlim = c(0, max(lengths(curves)) - 1),
                 ylim = range(all_losses[all_losses > 0]), log = "y",
                 xlab = "epoch", ylab = "loss: mean of (y - output)^2 / 2",
                 main = title)
  for (i in seq_along(curves)) {
    style <- (i - 1) %% 2 + 1
    graphics::lines(seq_along(curves[[i]]) - 1, curves[[i]],
                    col = colours[style], lwd = widths[style],
                    lty = if (style == 2) "dashed" else "solid")
  }
  graphics::legend("topright", legend = names(curves),
                   col = colours[(seq_along(curves) - 1) %% 2 + 1],
                   lwd = widths[(seq_along(curves) - 1) %% 2 + 1],
                   lty = ifelse(seq_along(curves) %% 2 == 0, "dashed", "solid"))
  invisible(path)
}

#' The network's output over the plane, with the data points on top
#'
#' @param X Inputs, an (n, 2) matrix.
#' @param y Targets, an (n, 1) matrix of 0 and 1.
#' @param params Trained parameters for 2 inputs and 1 output.
#' @param title The figure's title.
#' @param path Where the PNG goes (its folder is made if missing).
#' @return `path`, invisibly.
#' @export
plot_decision_boundary <- function(X, y, params, title, path) {
  margin <- 0.25
  x1 <- seq(min(X[, 1]) - margin, max(X[, 1]) + margin, length.out = 200)
  x2 <- seq(min(X[, 2]) - margin, max(X[, 2]) + margin, length.out = 200)
  grid <- as.matrix(expand.grid(x1 = x1, x2 = x2))
  probability <- matrix(predict_output(grid, params), nrow = length(x1))
  palette <- grDevices::hcl.colors(10, "Blue-Red 2")
  open_png(path)
  on.exit(grDevices::dev.off())
  graphics::image(x1, x2, probability, breaks = seq(0, 1, by = 0.1),
                  col = palette, xlab = "x1", ylab = "x2", main = title)
  graphics::contour(x1, x2, probability, levels = 0.5, drawlabels = FALSE,
                    add = TRUE, lwd = 2)
  graphics::points(X[, 1], X[, 2], pch = 21, cex = 0.7,
                   bg = palette[ifelse(y[, 1] >= 0.5, 10, 1)])
  invisible(path)
}

# Open a 640 x 480 PNG device at path, making its folder if missing. (No
# Python twin: matplotlib sizes the figure when it is made, and its private
# _save() writes it.)
open_png <- function(path) {
  dir.create(dirname(path), showWarnings = FALSE, recursive = TRUE)
  grDevices::png(path, width = 640, height = 480)
}
