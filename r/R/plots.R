# Pictures a learner would rather look at than read: loss curves, boundaries.
#
# Drawn with base graphics, so an R learner needs no Python: given a path,
# into a 640 x 480 PNG file (png(), no screen needed); given none, on the
# current device (a window, or knitr's in R Markdown). Mirrors
# python/src/scratchnet/plots.py: the same functions, the same pictures.

#' Loss against epoch for several runs on one log-scaled axis
#'
#' @param curves A named list: label -> loss history (a numeric vector of
#'   length epochs). Drawn in order, the later dashed over the earlier, so two
#'   identical runs show as one line.
#' @param title The figure's title.
#' @param path Where the PNG goes (its folder is made if missing), or `NULL`
#'   (the default) to draw on the current device.
#' @return `path` (`NULL` when drawn on the current device), invisibly.
#' @examples
#' toy <- load_dataset("toy")
#' run <- train(toy$X, toy$y, init_params(4, 3, 1, seed = 42), 0.1, 200)
#' path <- plot_loss_curves(list(R = run$loss), "toy", tempfile(fileext = ".png"))
#' file.exists(path)
#' plot_loss_curves(list(R = run$loss), "toy") # on the current device
#' @export
plot_loss_curves <- function(curves, title, path = NULL) {
  if (!is.null(path)) {
    open_png(path)
    on.exit(grDevices::dev.off())
  }
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

#' The network's answer over the plane, with the data points on top
#'
#' Draws the network's answer over the plane, with the data points on top.
#' One output: its value (the probability of class 1) as filled bands, with
#' the 0.5 line. Several outputs: the class of the largest output, one colour
#' per class.
#'
#' @param X Inputs, an (n, 2) matrix.
#' @param y Targets, an n x k matrix: 0 or 1, or one-hot rows.
#' @param params Trained parameters for 2 inputs and k outputs.
#' @param title The figure's title.
#' @param path Where the PNG goes (its folder is made if missing), or `NULL`
#'   (the default) to draw on the current device.
#' @return `path` (`NULL` when drawn on the current device), invisibly.
#' @examples
#' moons <- load_dataset("moons")
#' params <- train_fast(moons$X, moons$y, init_params(2, 10, 1, seed = 42), 0.003,
#'   200)$params
#' path <- plot_decision_boundary(moons$X, moons$y, params, "moons",
#'   tempfile(fileext = ".png"))
#' file.exists(path)
#' @export
plot_decision_boundary <- function(X, y, params, title, path = NULL) {
  margin <- 0.25 * (apply(X, 2, max) - apply(X, 2, min))
  x1 <- seq(min(X[, 1]) - margin[1], max(X[, 1]) + margin[1], length.out = 200)
  x2 <- seq(min(X[, 2]) - margin[2], max(X[, 2]) + margin[2], length.out = 200)
  output <- predict_output(as.matrix(expand.grid(x1 = x1, x2 = x2)), params)
  if (!is.null(path)) {
    open_png(path)
    on.exit(grDevices::dev.off())
  }
  if (ncol(y) == 1) {
    surface <- matrix(output[, 1], nrow = length(x1))
    palette <- grDevices::hcl.colors(10, "Blue-Red 2")
    graphics::image(x1, x2, surface, breaks = seq(0, 1, by = 0.1),
                    col = palette, xlab = "x1", ylab = "x2", main = title)
    graphics::contour(x1, x2, surface, levels = 0.5, drawlabels = FALSE,
                      add = TRUE, lwd = 2)
    graphics::points(X[, 1], X[, 2], pch = 21, cex = 0.7,
                     bg = palette[ifelse(y[, 1] >= 0.5, 10, 1)])
    graphics::legend("topright", title = "network output",
                     legend = c("0.9 to 1", "0.5 to 0.6", "0.4 to 0.5", "0 to 0.1",
                                "target 1", "target 0"),
                     fill = c(palette[c(10, 6, 5, 1)], NA, NA),
                     border = c(rep("black", 4), NA, NA),
                     pch = c(NA, NA, NA, NA, 21, 21),
                     pt.bg = c(NA, NA, NA, NA, palette[10], palette[1]),
                     bg = "white", cex = 0.7)
  } else {
    k <- ncol(y)
    classes <- matrix(max.col(output, "first"), nrow = length(x1))
    graphics::image(x1, x2, classes, breaks = seq(0.5, k + 0.5),
                    col = lighter(class_colours[seq_len(k)]),
                    xlab = "x1", ylab = "x2", main = title)
    graphics::points(X[, 1], X[, 2], pch = 21, cex = 0.7,
                     bg = class_colours[max.col(y, "first")])
    graphics::legend("topright", title = "largest output",
                     legend = paste("class", seq_len(k)),
                     fill = lighter(class_colours[seq_len(k)]),
                     bg = "white", cex = 0.7)
  }
  invisible(path)
}

#' The network as a diagram: inputs, hidden units and outputs as nodes
#'
#' Draws the network as a diagram: inputs, hidden units and outputs as nodes.
#' Each edge's width grows with its weight's size and its colour gives the
#' sign (red positive, blue negative), as TensorFlow Playground draws it;
#' each unit's bias is written beside it.
#'
#' @param params A list: `wh` (d x h), `bh` (1 x h), `wout` (h x k), `bout`
#'   (1 x k).
#' @param title The figure's title.
#' @param path Where the PNG goes (its folder is made if missing), or `NULL`
#'   (the default) to draw on the current device.
#' @return `path` (`NULL` when drawn on the current device), invisibly.
#' @examples
#' path <- plot_network(init_params(2, 4, 1, seed = 42), "a 2-4-1 network",
#'   tempfile(fileext = ".png"))
#' file.exists(path)
#' @export
plot_network <- function(params, title, path = NULL) {
  sizes <- c(nrow(params$wh), ncol(params$wh), ncol(params$wout))
  heights <- lapply(sizes, layer_heights)
  largest <- max(abs(params$wh), abs(params$wout))
  # Readable at 10 hidden units: smaller nodes for more units, and weak
  # weights faded (their colour's opacity grows with |weight|).
  node <- min(1, 5 / max(sizes))
  if (!is.null(path)) {
    open_png(path)
    on.exit(grDevices::dev.off())
  }
  graphics::plot(NULL, xlim = c(-0.4, 2.4), ylim = c(-0.1, 1.1), xaxt = "n",
                 yaxt = "n", xlab = "", ylab = "",
                 main = paste0(title, "  (red +, blue -, width |weight|)"))
  graphics::axis(1, at = 0:2, labels = c("inputs", "hidden", "outputs"))
  weights <- list(params$wh, params$wout)
  for (layer in 1:2) {
    w <- weights[[layer]]
    for (i in seq_len(nrow(w))) {
      for (j in seq_len(ncol(w))) {
        graphics::segments(layer - 1, heights[[layer]][i], layer,
                           heights[[layer + 1]][j],
                           col = grDevices::adjustcolor(
                             edge_colours[1 + (w[i, j] < 0)],
                             alpha.f = 0.15 + 0.85 * abs(w[i, j]) / largest
                           ),
                           lwd = 0.5 + 5 * abs(w[i, j]) / largest)
      }
    }
  }
  names <- c("x", "h", "out")
  biases <- list(NULL, params$bh[1, ], params$bout[1, ])
  for (layer in 1:3) {
    graphics::points(rep(layer - 1, sizes[layer]), heights[[layer]], pch = 21,
                     cex = 4 * node, bg = "white")
    graphics::text(layer - 1, heights[[layer]],
                   paste0(names[layer], seq_len(sizes[layer])),
                   cex = 0.7 * max(node, 0.7))
    if (!is.null(biases[[layer]])) {
      graphics::text(layer - 1 + 0.08, heights[[layer]],
                     sprintf("b %.2f", biases[[layer]]),
                     cex = 0.6 * max(node, 0.8), adj = c(0, 0.5),
                     col = "dimgray")
    }
  }
  invisible(path)
}

# Each colour mixed half with white: opaque, because semi-transparent image()
# cells leave seams between them. (No Python twin: matplotlib's alpha has no
# seams.)
lighter <- function(colours) {
  vapply(colours, function(colour) {
    grDevices::colorRampPalette(c(colour, "white"))(5)[3]
  }, character(1), USE.NAMES = FALSE)
}

#' Learning as it happens, as one image of small multiples
#'
#' Draws learning as it happens, as one image of small multiples.
#' The decision boundary every recorded epoch, and the loss, for a
#' one-output network on two inputs: the frames of Python's GIF side by side
#' (base R has no GIF writer, and the package stays base R).
#'
#' @param X Inputs, an (n, 2) matrix.
#' @param y Targets, an n x 1 matrix.
#' @param recording What [train_recording()] returned.
#' @param title The image's title.
#' @param path Where the PNG goes (its folder is made if missing), or `NULL`
#'   (the default) to draw on the current device.
#' @return `path` (`NULL` when drawn on the current device), invisibly.
#' @examples
#' moons <- load_dataset("moons")
#' recording <- train_recording(moons$X, moons$y, init_params(2, 10, 1, 42),
#'   0.003, 200, every = 100)
#' file.exists(plot_learning(moons$X, moons$y, recording, "moons",
#'   tempfile(fileext = ".png")))
#' @export
plot_learning <- function(X, y, recording, title, path = NULL) {
  margin <- 0.25 * (apply(X, 2, max) - apply(X, 2, min))
  x1 <- seq(min(X[, 1]) - margin[1], max(X[, 1]) + margin[1], length.out = 80)
  x2 <- seq(min(X[, 2]) - margin[2], max(X[, 2]) + margin[2], length.out = 80)
  grid <- as.matrix(expand.grid(x1 = x1, x2 = x2))
  frames <- length(recording$epochs)
  columns <- ceiling(sqrt(frames + 1))
  if (!is.null(path)) {
    open_png(path, width = 240 * columns,
             height = 200 * ceiling((frames + 1) / columns))
    on.exit(grDevices::dev.off())
  } else {
    # On the current device, its layout and margins are put back afterwards.
    old <- graphics::par(c("mfrow", "mar", "oma"))
    on.exit(graphics::par(old))
  }
  graphics::par(mfrow = c(ceiling((frames + 1) / columns), columns),
                mar = c(2, 2, 2, 0.5), oma = c(0, 0, 2, 0))
  palette <- grDevices::hcl.colors(10, "Blue-Red 2")
  for (index in seq_len(frames)) {
    surface <- matrix(predict_output(grid, recording$params[[index]])[, 1],
                      nrow = length(x1))
    graphics::image(x1, x2, surface, breaks = seq(0, 1, by = 0.1), col = palette,
                    main = sprintf("epoch %d", recording$epochs[index]),
                    xlab = "", ylab = "")
    graphics::contour(x1, x2, surface, levels = 0.5, drawlabels = FALSE,
                      add = TRUE)
    graphics::points(X[, 1], X[, 2], pch = 21, cex = 0.3,
                     bg = palette[ifelse(y[, 1] >= 0.5, 10, 1)])
  }
  graphics::plot(seq_along(recording$loss) - 1, recording$loss, type = "l",
                 log = "y", main = "loss", xlab = "", ylab = "")
  graphics::mtext(title, outer = TRUE, font = 2)
  invisible(path)
}


# Where n nodes of one layer sit, evenly spread over [0, 1].
layer_heights <- function(n) {
  if (n == 1) 0.5 else seq(0.9, 0.1, length.out = n)
}

class_colours <- c("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd")
edge_colours <- c("#d62728", "#1f77b4")  # positive weight, negative weight

# Open a 640 x 480 PNG device at path, making its folder if missing. (No
# Python twin: matplotlib sizes the figure when it is made, and its private
# _save() writes it.)
open_png <- function(path, width = 640, height = 480) {
  dir.create(dirname(path), showWarnings = FALSE, recursive = TRUE)
  grDevices::png(path, width = width, height = height)
}
