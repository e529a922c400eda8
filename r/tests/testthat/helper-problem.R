# The small problem the tests of network.R and fast.R share, and its exact
# gradient. Mirrors python/tests/small_problem.py.

n <- 5L; d <- 3L; h <- 4L; k <- 2L  # every dimension different

# X (n, d) and y (n, k) from seed 11, start weights from seed 3.
problem <- function() {
  values <- runif_from_seed(n * d + n * k, 11)
  list(
    X = matrix(values[seq_len(n * d)], n, d, byrow = TRUE),
    y = matrix(values[n * d + seq_len(n * k)], n, k, byrow = TRUE),
    params = init_params(d, h, k, seed = 3)
  )
}

# Minus d(sum of squared errors / 2) / d params[[name]], by central
# differences: the sum is n * k times loss() (a mean); the changes are sums.
minus_gradient <- function(X, y, params, name, step = 1e-6) {
  numeric_grad <- params[[name]] * 0
  for (i in seq_along(params[[name]])) {
    plus <- params
    minus <- params
    plus[[name]][i] <- plus[[name]][i] + step
    minus[[name]][i] <- minus[[name]][i] - step
    numeric_grad[i] <- -nrow(y) * ncol(y) * (loss(y, predict_output(X, plus)) -
      loss(y, predict_output(X, minus))) / (2 * step)
  }
  numeric_grad
}
