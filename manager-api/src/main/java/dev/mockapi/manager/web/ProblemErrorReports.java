package dev.mockapi.manager.web;

import org.apache.catalina.Context;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ProblemErrorReportValve} in place of the error report valve Spring Boot adds to the
 * host; ordered last, after Spring Boot's own customizer, which adds that valve.
 */
@Component
class ProblemErrorReports
    implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

  private final long maxHeaderBytes;

  ProblemErrorReports(ServerProperties server) {
    this.maxHeaderBytes = server.getMaxHttpRequestHeaderSize().toBytes();
  }

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(this::replaceErrorReportValve);
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  private void replaceErrorReportValve(Context context) {
    Pipeline pipeline = context.getParent().getPipeline();
    for (Valve valve : pipeline.getValves()) {
      if (valve instanceof ErrorReportValve) {
        pipeline.removeValve(valve);
      }
    }
    // The host adds a valve of this class when it starts unless it finds one.
    ((StandardHost) context.getParent())
        .setErrorReportValveClass(ProblemErrorReportValve.class.getName());
    pipeline.addValve(new ProblemErrorReportValve(maxHeaderBytes));
  }
}
