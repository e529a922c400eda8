# Lesson 4: gender from weight and height, by stochastic gradient descent
# (tutorial 002). R twin of python/src/scratchnet/lessons/gender_sgd.py;
# prints the same lines. The article's loss is (y - y_pred)^2 with learning
# rate 0.1; the core's changes are minus the gradient of half of that, so the
# same steps are train_sgd(..., lr = 0.2).
# Run from the top of the repository: Rscript r/demo/gender_sgd.R
# or in R: demo("gender_sgd", package = "scratchnet")
if (!requireNamespace("scratchnet", quietly = TRUE)) {
  .libPaths(c(file.path(getwd(), ".rlib"), .libPaths()))
}
library(scratchnet)

seed <- 42
tutorial_lr <- 0.1
epochs <- 1000
print_every <- 10
people <- c("Alice", "Bob", "Charlie", "Diana")
new_people <- list(Emily = c(-7, -3), Frank = c(20, 2))

data <- load_dataset("gender", shared_data_dir())
X <- data$X
y <- data$y
# The article's hand-worked derivative: all weights 1, biases 0, Alice.
ones <- list(wh = matrix(1, 2, 2), bh = matrix(0, 1, 2),
             wout = matrix(1, 2, 1), bout = matrix(0, 1, 1))
alice <- X[1, , drop = FALSE]
grads <- backward(alice, y[1, , drop = FALSE], ones, forward(alice, ones))
# dwh is minus the gradient of (y - y_pred)^2 / 2; the article's L has no 1/2.
derivative <- -2 * grads$dwh[1, 1]
trained <- train_sgd(X, y, init_params(2, 2, 1, seed), 2 * tutorial_lr, epochs)
predictions <- predict_output(do.call(rbind, new_people), trained$params)[, 1]

lines <- c("Lesson 4: gender by stochastic gradient descent (tutorial 002)",
           "name     weight-135  height-66  female")
for (i in seq_along(people)) {
  lines <- c(lines, sprintf("%-8s %10g %10g %7g", people[i], X[i, 1], X[i, 2],
                            y[i, 1]))
}
lines <- c(lines,
  "the article's hand-worked derivative (all weights 1, biases 0, Alice):",
  sprintf("  dL/dw1 = %.5f", derivative),
  "  (the article prints 0.0214: it rounds each factor before multiplying)",
  sprintf("training: 2-2-1 sigmoid network, start from seed %d, one update per person,",
          seed),
  sprintf("MSE, learning rate %g, %d epochs", tutorial_lr, epochs))
for (epoch in seq(0, epochs - 1, by = print_every)) {
  # The core's loss is half the MSE the article prints.
  lines <- c(lines, sprintf("Epoch %d loss: %.3f", epoch,
                            2 * trained$loss[epoch + 1]))
}
for (i in seq_along(new_people)) {
  p <- predictions[i]
  lines <- c(lines, sprintf("%s (%g, %g): %.3f -> %s", names(new_people)[i],
                            new_people[[i]][1], new_people[[i]][2], p,
                            if (p >= 0.5) "female" else "male"))
}
writeLines(lines)
