// Rules of the per-agreement-period money (docs/feed.md, "Credit amounts, cap and minimum
// payable"): sum the objectives, cap at a percentage of the fee, then waive what is below the
// minimum payable. Pinned on cappedSum directly, with amounts chosen so each step shows.
import { expect } from '@open-wc/testing';
import { cappedSum } from '../../src/model/capped-sum.js';

const item = (percent: number, amount: number | null) => ({ percent, amount });

describe('cappedSum rules', () => {
  it('sums the percentages and the amounts of the objectives', () => {
    const r = cappedSum([item(10, 100), item(30, 300)], 1000, null);
    expect(r.uncappedPercent).to.equal(40);
    expect(r.uncappedAmount).to.equal(400);
    expect(r.amount).to.equal(400);
    expect(r.percent).to.equal(40);
    expect(r.capped).to.equal(false);
    expect(r.waived).to.equal(false);
    expect(r.capAmount).to.equal(null);
    expect(r.capPercent).to.equal(null);
  });

  it('counts an objective without an amount as zero money when there is a fee', () => {
    const r = cappedSum([item(10, null), item(5, 50)], 1000, null);
    expect(r.uncappedAmount).to.equal(50);
    expect(r.amount).to.equal(50);
  });

  it('caps the summed amount at the cap percentage of the fee', () => {
    const r = cappedSum([item(30, 300), item(30, 300)], 1000, 25);
    expect(r.capAmount).to.equal(250);
    expect(r.uncappedAmount).to.equal(600);
    expect(r.amount).to.equal(250);
    expect(r.percent).to.equal(25);
    expect(r.capped).to.equal(true);
  });

  it('a sum exactly at the cap is not reduced, so it is not marked capped', () => {
    const r = cappedSum([item(25, 250)], 1000, 25);
    expect(r.amount).to.equal(250);
    expect(r.capped).to.equal(false);
  });

  it('a sum below the cap is paid in full and not marked capped', () => {
    const r = cappedSum([item(10, 100)], 1000, 25);
    expect(r.amount).to.equal(100);
    expect(r.capped).to.equal(false);
    expect(r.capAmount).to.equal(250);
  });

  it('a waiver applies after the cap, so a capped credit below the minimum payable is not paid', () => {
    // 500 uncapped is above the minimum payable of 150, but the cap leaves 100: waived.
    const r = cappedSum([item(50, 500)], 1000, 10, 150);
    expect(r.capped).to.equal(true);
    expect(r.waived).to.equal(true);
    expect(r.amount).to.equal(0);
    expect(r.percent).to.equal(0);
  });

  it('a credit exactly at the minimum payable is paid', () => {
    const r = cappedSum([item(15, 150)], 1000, null, 150);
    expect(r.waived).to.equal(false);
    expect(r.amount).to.equal(150);
  });

  it('a credit below the minimum payable is waived to zero', () => {
    const r = cappedSum([item(14.9, 149)], 1000, null, 150);
    expect(r.waived).to.equal(true);
    expect(r.amount).to.equal(0);
    expect(r.uncappedAmount).to.equal(149);
  });

  it('a zero credit is not a waiver: only a positive amount can be waived', () => {
    const r = cappedSum([item(0, 0)], 1000, null, 150);
    expect(r.waived).to.equal(false);
    expect(r.amount).to.equal(0);
  });

  it('without a minimum payable, a small credit is paid', () => {
    const r = cappedSum([item(0.1, 1)], 1000, null);
    expect(r.amount).to.equal(1);
    expect(r.waived).to.equal(false);
  });

  it('the final percentage is the final amount over the fee', () => {
    const r = cappedSum([item(10, 125)], 500, null);
    expect(r.percent).to.equal(25);
  });

  it('a fee of zero gives zero percent, never NaN', () => {
    const r = cappedSum([item(10, 0)], 0, 20);
    expect(r.amount).to.equal(0);
    expect(r.percent).to.equal(0);
    expect(r.capAmount).to.equal(0);
  });

  it('without a fee there are no amounts, only the summed percentages', () => {
    const r = cappedSum([item(10, null), item(20, null)], null, null, 150);
    expect(r.uncappedAmount).to.equal(null);
    expect(r.amount).to.equal(null);
    expect(r.capAmount).to.equal(null);
    expect(r.percent).to.equal(30);
    expect(r.capped).to.equal(false);
    expect(r.waived).to.equal(false);
  });

  it('without a fee the summed percentage is capped at the cap percentage', () => {
    const r = cappedSum([item(20, null), item(20, null)], null, 25);
    expect(r.percent).to.equal(25);
    expect(r.uncappedPercent).to.equal(40);
    expect(r.capped).to.equal(true);
    expect(r.capPercent).to.equal(25);
    expect(r.capAmount).to.equal(null);
  });

  it('without a fee a percentage exactly at the cap is not marked capped', () => {
    const r = cappedSum([item(25, null)], null, 25);
    expect(r.percent).to.equal(25);
    expect(r.capped).to.equal(false);
  });

  it('without a fee a percentage below the cap stays as it is', () => {
    const r = cappedSum([item(10, null)], null, 25);
    expect(r.percent).to.equal(10);
    expect(r.capped).to.equal(false);
  });

  it('with no objectives the sum is zero, with and without a fee', () => {
    expect(cappedSum([], 1000, 10).amount).to.equal(0);
    expect(cappedSum([], 1000, 10).percent).to.equal(0);
    expect(cappedSum([], null, 10).percent).to.equal(0);
  });
});
