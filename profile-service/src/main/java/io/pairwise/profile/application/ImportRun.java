package io.pairwise.profile.application;

import io.pairwise.platform.web.ConflictException;
import io.pairwise.profile.domain.CsvTable;
import io.pairwise.profile.domain.EmployeeRecord;
import io.pairwise.profile.domain.ImportJob;
import io.pairwise.profile.domain.ImportRowError;
import io.pairwise.profile.domain.ImportRowError.Problem;
import io.pairwise.profile.domain.Participant;
import io.pairwise.profile.domain.Program;
import io.pairwise.profile.domain.RuleViolationException;
import io.pairwise.profile.persistence.ImportJobRepository;
import io.pairwise.profile.persistence.ParticipantRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One import, batch by batch: rows are checked, matched to participants by employee id (which makes a
 * re-run update instead of duplicate), new ones inserted in bulk, changed ones updated with their
 * events, and progress saved after every batch. A row with an error changes nothing.
 */
final class ImportRun {

    private record Checked(CsvTable.Row row, EmployeeRecord record) {
    }

    private final CsvTable table;
    private final EmployeeRowReader reader;
    private final ParticipantRepository participants;
    private final ProvisioningService provisioning;
    private final ImportJobRepository jobs;
    private final Map<String, Program> openPrograms;
    private final int batchSize;
    private final Clock clock;
    /** Employee id to the row it first appeared in, and user name to employee id, across the whole file. */
    private final Map<String, Integer> employeeRows = new HashMap<>();
    private final Map<String, String> userNames = new HashMap<>();
    private ImportJob job;
    private int processed;
    private int created;
    private int updated;
    private int unchanged;
    private int failed;

    ImportRun(ImportJob job, CsvTable table, EmployeeRowReader reader, ParticipantRepository participants,
              ProvisioningService provisioning, ImportJobRepository jobs, Map<String, Program> openPrograms,
              int batchSize, Clock clock) {
        this.job = job;
        this.table = table;
        this.reader = reader;
        this.participants = participants;
        this.provisioning = provisioning;
        this.jobs = jobs;
        this.openPrograms = openPrograms;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    ImportJob run() {
        List<CsvTable.Row> rows = table.rows();
        for (int from = 0; from < rows.size(); from += batchSize) {
            List<CsvTable.Row> batch = rows.subList(from, Math.min(from + batchSize, rows.size()));
            List<ImportRowError> errors = new ArrayList<>();
            write(check(batch, errors), errors);
            jobs.addErrors(errors, Ids.now(clock));
            processed += batch.size();
            failed += errors.size();
            job = job.progress(processed, created, updated, unchanged, failed, Ids.now(clock));
            jobs.save(job);
        }
        return job.completed(Ids.now(clock));
    }

    private List<Checked> check(List<CsvTable.Row> batch, List<ImportRowError> errors) {
        List<Checked> checked = new ArrayList<>();
        for (CsvTable.Row row : batch) {
            Map<String, String> values = table.valuesOf(row);
            if (values == null) {
                errors.add(error(row, null, "row", "has " + row.values().size() + " fields; the header has "
                        + table.columns().size()));
                continue;
            }
            EmployeeRowReader.Result result = reader.read(values);
            if (!result.problems().isEmpty()) {
                String employeeId = values.get("employeeid");
                errors.add(new ImportRowError(job.id(), row.number(),
                        employeeId == null || employeeId.isBlank() ? null : employeeId.trim(), result.problems()));
                continue;
            }
            String employeeId = result.record().employeeId();
            Integer first = employeeRows.putIfAbsent(employeeId, row.number());
            if (first != null) {
                errors.add(error(row, employeeId, "employeeId", "appears again; its first row is " + first));
                continue;
            }
            checked.add(new Checked(row, result.record()));
        }
        return checked;
    }

    private void write(List<Checked> checked, List<ImportRowError> errors) {
        Map<String, Participant> existing = participants.findByEmployeeIds(
                checked.stream().map(c -> c.record().employeeId()).toList());
        Map<String, String> holders = participants.employeeIdsOfUserNames(
                checked.stream().map(c -> userNameOf(c.record(), existing.get(c.record().employeeId()))).toList());
        List<Participant> fresh = new ArrayList<>();
        Map<String, Checked> freshByEmployee = new HashMap<>();
        for (Checked c : checked) {
            String employeeId = c.record().employeeId();
            Participant current = existing.get(employeeId);
            String userName = userNameOf(c.record(), current);
            String holder = holders.getOrDefault(userName, userNames.get(userName));
            if (holder != null && !holder.equals(employeeId)) {
                errors.add(error(c.row(), employeeId, "userName", "belongs to another employee"));
                continue;
            }
            userNames.put(userName, employeeId);
            if (current == null) {
                fresh.add(Participant.provision(Ids.next("prt"), c.record(), Ids.now(clock)));
                freshByEmployee.put(employeeId, c);
            } else {
                update(c, current, errors);
            }
        }
        List<Participant> clashed = participants.insertAll(fresh);
        created += fresh.size() - clashed.size();
        // Provisioned by someone else between our read and our insert: it exists now, so update it.
        for (Participant lost : clashed) {
            Checked c = freshByEmployee.get(lost.employeeId());
            participants.findByEmployeeId(lost.employeeId()).ifPresentOrElse(current -> update(c, current, errors),
                    () -> errors.add(error(c.row(), lost.employeeId(), "userName", "belongs to another employee")));
        }
    }

    private void update(Checked c, Participant current, List<ImportRowError> errors) {
        try {
            if (provisioning.update(current, c.record(), openPrograms).changed()) {
                updated++;
            } else {
                unchanged++;
            }
        } catch (ConflictException | IllegalArgumentException | RuleViolationException e) {
            errors.add(error(c.row(), c.record().employeeId(), "row", e.getMessage()));
        }
    }

    private static String userNameOf(EmployeeRecord record, Participant current) {
        return record.userName() != null ? record.userName() : current != null ? current.userName() : record.email();
    }

    private ImportRowError error(CsvTable.Row row, String employeeId, String field, String message) {
        return new ImportRowError(job.id(), row.number(), employeeId, List.of(new Problem(field, message)));
    }
}
