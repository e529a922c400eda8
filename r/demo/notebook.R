# Lesson 7: tutorial 003's notebook walkthrough, one step at a time.
# R twin of python/src/scratchnet/lessons/notebook.py; prints the same lines
# and draws the same plots with base graphics. Four parts: (a) one epoch with
# every intermediate; (b) no biases, lr 0.01 and 0.1; (c) moons, min-max
# scaled, with its decision boundary; (d) the blobs exercise, solved.
# Run from the top of the repository: Rscript r/demo/notebook.R
# or in R: demo("notebook", package = "scratchnet")
if (!requireNamespace("scratchnet", quietly = TRUE)) {
  .libPaths(c(file.path(getwd(), ".rlib"), .libPaths()))
}
library(scratchnet)

seed <- 42
trace_lr <- 0.1
no_bias_lrs <- c(0.01, 0.1)
no_bias_epochs <- 1000
settings <- list(
  moons = list(hidden = 10, lr = 0.01, epochs = 10000, every = 1000),
  blobs = list(hidden = 5, lr = 0.03, epochs = 2000, every = 500)
)
figures <- c(no_bias = "lesson7_no_bias_r.png",
             moons = "lesson7_moons_boundary_r.png")

fit <- function(dataset, setting) {
  run <- run_experiment(c(list(dataset = dataset, seed = seed, scale = "minmax"),
                          setting))
  list(X = run$dataset$X, y = run$dataset$y, params = run$final,
       loss = run$loss, output = run$output)
}

toy <- load_dataset("toy", shared_data_dir())
start <- init_params(4, 3, 1, seed)
no_bias <- lapply(no_bias_lrs, function(lr) {
  train_without_biases(toy$X, toy$y, start, lr, no_bias_epochs)
})
fitted <- lapply(names(settings), function(name) fit(name, settings[[name]]))
names(fitted) <- names(settings)

lines <- c(
  "Lesson 7: the notebook walkthrough (tutorial 003)",
  sprintf("(a) one epoch on the toy data, seed %d, lr %g, step by step:", seed,
          trace_lr),
  trace_lines(trace_epoch(toy$X, toy$y, start, trace_lr)),
  sprintf("(b) without biases, %d epochs: loss every 100 epochs", no_bias_epochs),
  paste0(sprintf("%6s", "epoch"),
         paste(sprintf("  %12s", paste("lr", sprintf("%g", no_bias_lrs))),
               collapse = ""))
)
for (epoch in seq(0, no_bias_epochs - 1, by = 100)) {
  losses <- vapply(no_bias, function(run) run$loss[epoch + 1], numeric(1))
  lines <- c(lines, paste0(sprintf("%6d", epoch),
                           paste(sprintf("  %12.8f", losses), collapse = "")))
}
for (name in names(settings)) {
  setting <- settings[[name]]
  run <- fitted[[name]]
  lines <- c(lines, sprintf(
    "(%s) %s, min-max scaled to [0, 1], %d hidden units, %d output(s), lr %g, %d epochs",
    if (name == "moons") "c" else "d", name, setting$hidden, ncol(run$y),
    setting$lr, setting$epochs
  ))
  for (epoch in seq(0, setting$epochs - 1, by = setting$every)) {
    lines <- c(lines, sprintf("Error at epoch %d is %.5f", epoch,
                              run$loss[epoch + 1]))
  }
  lines <- c(lines, sprintf("training accuracy: %.1f%%",
                            100 * accuracy(run$y, run$output)))
}
writeLines(c(lines,
  "The notebook trains moons with a learning rate too large for a sum over 1000",
  "samples: its error sits at 0.25, falls, then jumps back up (0.00689 at epoch",
  "8000, 0.07556 at 9000). Here lr 0.01 keeps every step small."))
figure_dir <- file.path("figures")
curves <- lapply(no_bias, function(run) run$loss)
names(curves) <- paste("lr", sprintf("%g", no_bias_lrs))
plot_loss_curves(curves, "toy without biases: loss for two learning rates",
                 file.path(figure_dir, figures[["no_bias"]]))
plot_decision_boundary(fitted$moons$X, fitted$moons$y, fitted$moons$params,
                       "moons (scaled): decision boundary",
                       file.path(figure_dir, figures[["moons"]]))
writeLines(paste0("wrote figures/", figures))
