package dev.mockapi.manager.routetable;

import dev.mockapi.manager.project.ProjectConfigSaving;
import dev.mockapi.manager.quota.QuotaProperties;
import dev.mockapi.manager.web.QuotaExceededException;
import java.io.OutputStream;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a change that would make a project's route table larger than {@code
 * mockapi.limits.route-table-size}: the engine would not read it and would keep serving the old
 * one. Measured as the store writes it (UTF-8 JSON), inside the change's transaction, after the
 * project's row is locked, so two concurrent changes cannot both fit in the last bytes. Removals
 * are not checked: they may shrink a table that is over a lowered limit.
 */
@Component
class RouteTableSizeCheck {

  private final RouteTableAssembler assembler;
  private final JsonMapper json;
  private final long limit;

  RouteTableSizeCheck(RouteTableAssembler assembler, JsonMapper json, QuotaProperties quotas) {
    this.assembler = assembler;
    this.json = json;
    this.limit = quotas.routeTableSize().toBytes();
  }

  @EventListener
  void onConfigSaving(ProjectConfigSaving event) {
    assembler
        .assembleUncommitted(event.projectId())
        .ifPresent(
            table -> {
              ByteCount bytes = new ByteCount();
              json.writeValue(bytes, table);
              if (bytes.count > limit) {
                throw new QuotaExceededException(
                    "route-table-size",
                    limit,
                    bytes.count,
                    "With this change the project's route table would be "
                        + bytes.count
                        + " bytes, over the limit of "
                        + limit
                        + " (mockapi.limits.route-table-size). Make response bodies smaller or"
                        + " move endpoints to another project");
              }
            });
  }

  /** Counts what is written without keeping it: a table can be megabytes. */
  private static final class ByteCount extends OutputStream {

    private long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
