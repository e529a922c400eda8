# Lesson 2: weighted sum, step, bias; the perceptron rule and XOR (tutorial 001).
# R twin of python/src/scratchnet/lessons/perceptron.py; prints the same lines.
# Run from the top of the repository: Rscript r/demo/perceptron.R
# or in R: demo("perceptron", package = "scratchnet")
if (!requireNamespace("scratchnet", quietly = TRUE)) {
  .libPaths(c(file.path(getwd(), ".rlib"), .libPaths()))
}
library(scratchnet)

w <- c(0.1, 0.5, 0.7, 1.2)
cases <- list(list(x = c(0, 0, 2, 3), b = 0), list(x = c(-4, 0, 2, -5), b = 0),
              list(x = c(0, 0, 2, 3), b = -6), list(x = c(-4, 0, 2, -5), b = 6))
gates <- list(AND = c(0, 0, 0, 1), OR = c(0, 1, 1, 1), XOR = c(0, 1, 1, 0))
lr <- 1
epochs <- 12
X <- matrix(c(0, 0, 0, 1, 1, 0, 1, 1), 4, byrow = TRUE)

lines <- c("Lesson 2: the perceptron (tutorial 001)",
           "weights w = [0.1, 0.5, 0.7, 1.2]; step(z) = 1 if z >= 0 else 0")
for (case in cases) {
  z <- weighted_sum(case$x, w, case$b)
  bias <- if (case$b == 0) "" else
    sprintf(" %s %g", if (case$b > 0) "+" else "-", abs(case$b))
  lines <- c(lines, sprintf("  dot([%s], w)%s = %g -> step %d",
                            paste(case$x, collapse = ", "), bias, z,
                            step_function(z)))
}
lines <- c(lines, sprintf(
  "the perceptron rule on two inputs (zero start, lr %g, at most %d epochs):",
  lr, epochs))
for (name in names(gates)) {
  fit <- train_perceptron(X, gates[[name]], lr, epochs)
  verdict <- if (fit$converged) {
    sprintf("learned in %d epochs", length(fit$mistakes))
  } else {
    sprintf("never learned in %d epochs", epochs)
  }
  lines <- c(lines,
             sprintf("  %-3s %s; mistakes per epoch: %s", name, verdict,
                     paste(fit$mistakes, collapse = " ")),
             sprintf("      w = [%s], b = %g",
                     paste(sprintf("%g", fit$w), collapse = ", "), fit$b))
}
writeLines(c(lines,
  "XOR is not linearly separable: no line puts (0,1) and (1,0) on one side",
  "and (0,0) and (1,1) on the other, so a single perceptron keeps erring."))
