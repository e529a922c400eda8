# Lesson 1: a neuron, a 2-2-1 network, the MSE loss (tutorial 002).
# R twin of python/src/scratchnet/lessons/neuron.py; prints the same lines.
# Run from the top of the repository: Rscript r/demo/neuron.R
# or in R: demo("neuron", package = "scratchnet")
if (!requireNamespace("scratchnet", quietly = TRUE)) {
  .libPaths(c(file.path(getwd(), ".rlib"), .libPaths()))
}
library(scratchnet)

x <- c(2, 3)
# Column j of wh holds hidden neuron j's weights: both are [0, 1].
params <- list(
  wh = matrix(c(0, 1, 0, 1), 2, 2),
  bh = matrix(0, 1, 2),
  wout = matrix(c(0, 1), 2, 1),
  bout = matrix(0, 1, 1)
)
cache <- forward(matrix(x, 1), params)
result <- list(
  neuron = neuron_output(x, c(0, 1), 4),
  hidden = cache$hidden_activations[1, 1],
  network = cache$output[1, 1],
  mse = mse_loss(c(1, 0, 0, 1), c(0, 0, 0, 0))
)

writeLines(c(
  "Lesson 1: a neuron, a 2-2-1 network, the MSE loss (tutorial 002)",
  "a neuron with weights [0, 1], bias 4, on input [2, 3]:",
  sprintf("  sigmoid(0*2 + 1*3 + 4) = sigmoid(7) = %.16g", result$neuron),
  "a 2-2-1 network, every neuron with weights [0, 1] and bias 0, on [2, 3]:",
  sprintf("  h1 = h2 = sigmoid(0*2 + 1*3 + 0) = %.16g", result$hidden),
  sprintf("  o1 = sigmoid(0*h1 + 1*h2 + 0) = %.16g", result$network),
  "mean squared error of targets [1, 0, 0, 1] against predictions [0, 0, 0, 0]:",
  sprintf("  ((1-0)^2 + (0-0)^2 + (0-0)^2 + (1-0)^2) / 4 = %.16g", result$mse)
))
