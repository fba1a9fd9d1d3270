/**
 * References: every id that names another record names one the feed has (services a service
 * depends on; an agreement's parent, customer and service; an objective's service and `appliesTo`;
 * the objectives of an exit clause; the agreement and objective of a period; the agreement,
 * objectives and service of a breach; the services and agreements of a maintenance window).
 * Objectives are looked up after inheritance; nothing is looked up in an agreement in a parent
 * cycle (the cycles rule reports it once).
 */
import { issue } from '../issues.js';
import type { RuleContext } from './context.js';

export function references(ctx: RuleContext): void {
  const { feed, out, customerIds: customers, serviceIds: services, agreementIds: agreements } = ctx;
  const service = (path: string, id: string): void => {
    if (!services.has(id))
      out.push(
        issue(path, `names service "${id}", which is not in services.`, 'unknown-reference'),
      );
  };
  const agreement = (path: string, id: string): void => {
    if (!agreements.has(id))
      out.push(
        issue(path, `names agreement "${id}", which is not in agreements.`, 'unknown-reference'),
      );
  };

  feed.services.forEach((s, i) => {
    s.dependsOn.forEach((dep, j) => service(`services[${i}].dependsOn[${j}]`, dep));
  });

  feed.agreements.forEach((a, i) => {
    const path = `agreements[${i}]`;
    if (a.parentId !== undefined) agreement(`${path}.parentId`, a.parentId);
    if (a.customerId !== undefined && !customers.has(a.customerId))
      out.push(
        issue(
          `${path}.customerId`,
          `names customer "${a.customerId}", which is not in customers.`,
          'unknown-reference',
        ),
      );
    if (a.serviceId !== undefined) service(`${path}.serviceId`, a.serviceId);
    a.objectives.forEach((o, j) => {
      if (o.serviceId !== undefined) service(`${path}.objectives[${j}].serviceId`, o.serviceId);
      if (Array.isArray(o.appliesTo))
        o.appliesTo.forEach((sid, k) => service(`${path}.objectives[${j}].appliesTo[${k}]`, sid));
    });
  });

  feed.agreements.forEach((a, i) => {
    const fields = ctx.fieldsAt[i];
    if (!fields || !a.exitClause?.objectiveIds) return;
    a.exitClause.objectiveIds.forEach((oid, j) => {
      if (!fields.has(oid))
        out.push(
          issue(
            `agreements[${i}].exitClause.objectiveIds[${j}]`,
            `names objective "${oid}", which agreement "${a.id}" does not have.`,
            'unknown-reference',
          ),
        );
    });
  });

  // The big lists use plain loops and build a path only when there is something to report.
  for (let i = 0; i < feed.periods.length; i++) {
    const p = feed.periods[i]!;
    if (ctx.periodObjective(i)) continue;
    if (!agreements.has(p.agreementId)) {
      agreement(`periods[${i}].agreementId`, p.agreementId);
    } else if (ctx.resolvable.has(p.agreementId)) {
      out.push(
        issue(
          `periods[${i}].objectiveId`,
          `names objective "${p.objectiveId}", which agreement "${p.agreementId}" does not have (directly or inherited).`,
          'unknown-reference',
        ),
      );
    }
  }

  for (let i = 0; i < feed.breaches.length; i++) {
    const b = feed.breaches[i]!;
    if (!agreements.has(b.agreementId)) {
      agreement(`breaches[${i}].agreementId`, b.agreementId);
    } else if (ctx.resolvable.has(b.agreementId)) {
      for (let j = 0; j < b.objectiveIds.length; j++) {
        const oid = b.objectiveIds[j]!;
        if (!ctx.objectiveOf(b.agreementId, oid))
          out.push(
            issue(
              `breaches[${i}].objectiveIds[${j}]`,
              `names objective "${oid}", which agreement "${b.agreementId}" does not have.`,
              'unknown-reference',
            ),
          );
      }
    }
    if (b.serviceId !== undefined) service(`breaches[${i}].serviceId`, b.serviceId);
  }

  for (let i = 0; i < feed.maintenance.length; i++) {
    const m = feed.maintenance[i]!;
    for (let j = 0; j < m.serviceIds.length; j++)
      service(`maintenance[${i}].serviceIds[${j}]`, m.serviceIds[j]!);
    for (let j = 0; j < m.agreementIds.length; j++)
      agreement(`maintenance[${i}].agreementIds[${j}]`, m.agreementIds[j]!);
  }
}
