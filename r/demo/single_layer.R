# Lesson 3: a single-layer network and the arithmetic of learning (tutorial 000).
# R twin of python/src/scratchnet/lessons/single_layer.py; prints the same
# lines. The start weights are numpy's np.random.seed(42); np.random.random(),
# which numpy_legacy_random() rebuilds in R bit for bit.
# Run from the top of the repository: Rscript r/demo/single_layer.R
# or in R: demo("single_layer", package = "scratchnet")
if (!requireNamespace("scratchnet", quietly = TRUE)) {
  .libPaths(c(file.path(getwd(), ".rlib"), .libPaths()))
}
library(scratchnet)

seed <- 42
epochs <- 10000
print_every <- 1000
cross_entropy_cases <- list(c(0, 1), c(1, 0.9), c(0, 0.9))

data <- load_dataset("single_layer", shared_data_dir())
start <- 2 * matrix(numpy_legacy_random(3, seed), 3, 1) - 1
trained <- train_single_layer(data$X, data$y, start, epochs)

lines <- c(
  "Lesson 3: a single-layer network (tutorial 000)",
  paste0("start weights, as np.random.seed(42); 2 * np.random.random((3, 1)) - 1: ",
         paste(sprintf("%.8f", start[, 1]), collapse = "  "))
)
for (epoch in seq(0, epochs - 1, by = print_every)) {
  lines <- c(lines, sprintf("Error at iteration %d: %.8f", epoch,
                            trained$mean_abs_error[epoch + 1]))
}
rows <- sprintf("[%.8f]", trained$last_output[, 1])
n <- length(rows)
lines <- c(lines, "Output after training:", paste0("[", rows[1]),
           paste0(" ", rows[-c(1, n)]), paste0(" ", rows[n], "]"),
  "(the tutorial prints [[0.00966808] [0.00786589] [0.99358863] [0.99211705]])",
  "note: the tutorial's sigmoid_derivative(x) must be given the sigmoid's",
  "output, not its input; here it is called sigmoid_slope(activation).",
  "forward pass, w = 0.5, b = -0.2, input 100:",
  sprintf("  sigmoid(100 * 0.5 - 0.2) = sigmoid(49.8) = %.16g",
          sigmoid(100 * 0.5 - 0.2)),
  "binary cross-entropy -(t log p + (1 - t) log(1 - p)):")
for (case in cross_entropy_cases) {
  value <- binary_cross_entropy(case[1], case[2])
  shown <- if (is.infinite(value)) "infinite" else sprintf("%.16g", value)
  lines <- c(lines, sprintf("  label %g, prediction %g: %s", case[1], case[2],
                            shown))
}
writeLines(c(lines,
  "one gradient-descent step, alpha = 0.01, dw = -10, db = -5:",
  sprintf("  w = 0.5 - 0.01 * (-10) = %.16g", gradient_descent_step(0.5, -10, 0.01)),
  sprintf("  b = -0.2 - 0.01 * (-5) = %.16g", gradient_descent_step(-0.2, -5, 0.01)),
  "(the tutorial says b decreases; -0.15 > -0.2, so b increases too)"))
