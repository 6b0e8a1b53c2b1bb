package dev.mockapi.manager.web;

import dev.mockapi.model.ProblemType;

/**
 * 409: the change would take something past one of the {@code mockapi.limits.*} quotas. The problem
 * names the quota and carries its {@code limit} and the {@code current} amount, so clients can say
 * how far over they are; deleting something makes room again.
 */
public class QuotaExceededException extends ApiException {

  public QuotaExceededException(String quota, long limit, long current, String detail) {
    super(ProblemType.QUOTA_EXCEEDED, detail);
    getBody().setProperty("quota", quota);
    getBody().setProperty("limit", limit);
    getBody().setProperty("current", current);
  }
}
