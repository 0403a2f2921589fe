import { describe, expect, it } from 'vitest';
import { asDuration, givesReason, readIntent } from '../../src/answer/intent.js';

describe('reading what a question asks for', () => {
  it('GIVEN two question words THEN the one said first decides', () => {
    expect(readIntent('who was the first official to go to baku when it all began').kind).toBe('who');
    expect(readIntent('when did the man who wrote it visit').kind).toBe('when');
    expect(readIntent('what new body met for the first time when aliyev came to belgrade').kind).toBe('what');
    expect(readIntent('what year was it when they met').kind).toBe('when');
  });

  it('GIVEN "how long" with a unit of size THEN a measurement is asked, not an amount', () => {
    expect(readIntent('how long is the ljig-preljina motorway in km').kind).toBe('measure');
    expect(readIntent('how long was the loan').kind).toBe('amount');
  });

  it('GIVEN why in Russian or Azerbaijani THEN a reason is asked', () => {
    expect(readIntent('зачем Вучич звонил Алиеву').kind).toBe('why');
    expect(readIntent('почему Сербия поддерживает Азербайджан').kind).toBe('why');
    expect(readIntent('Serbiya nə üçün Azərbaycanı dəstəkləyir').kind).toBe('why');
  });

  it('GIVEN "the last visit" THEN the latest is asked; "last year" names a year', () => {
    expect(readIntent("when was aliyev's last visit to belgrade").latest).toBe(true);
    expect(readIntent('what happened last year').latest).toBeUndefined();
    expect(readIntent('why did they team up in the first place').first).toBe(false);
  });

  it('GIVEN "what was the trade in 2019" THEN a figure is asked; "the role of trade" is not', () => {
    expect(readIntent('what was azerbaijan serbia trade in 2019').kind).toBe('amount');
    expect(readIntent('what is the role of trade in the partnership').kind).toBe('what');
  });

  it('GIVEN Azerbaijani "nece" typed without its letters THEN before a verb it asks how, before what is counted how many', () => {
    expect(readIntent('Azerbaycan Serbiyaya nece komek etdi?').kind).toBe('what');
    expect(readIntent('Aliyev Vucice nece muraciet edib?').kind).toBe('what');
    expect(readIntent('reyslar heftede nece defe olacaq?').kind).toBe('amount');
    expect(readIntent('nece haubitsa alib?').kind).toBe('amount');
  });

  it('GIVEN a statement that names reasons or an explanation THEN it gives a reason; a plain event does not', () => {
    expect(givesReason('RUSI gives two reasons for the partnership')).toBe(true);
    expect(givesReason("RUSI's first explanation for the partnership")).toBe(true);
    expect(givesReason('Aliyev visited Niš in 2023')).toBe(false);
  });

  it('GIVEN "how long", "как долго" or "сколько … длилась" THEN years are counted; "how long … in km" stays a measurement', () => {
    expect(readIntent('how long did the occupation last').counted).toBe('years');
    expect(asDuration('сколько, по данным Caspian Post, длилась оккупация?')).toMatch(/^сколько лет/);
    expect(readIntent('как долго длилась оккупация?').kind).toBe('amount');
    expect(readIntent('how long is the motorway in km').kind).toBe('measure');
    expect(asDuration('how long is the motorway in km')).toBe('how long is the motorway in km');
  });

  it('GIVEN a misspelt word the intent reads ("populaton", "whihc year") THEN it is read as meant', () => {
    expect(readIntent('wat is the populaton of belgrade?').kind).toBe('amount');
    expect(readIntent('whihc year did aliyev visit nis').kind).toBe('when');
  });

  it('GIVEN "expected to" THEN something still to come is asked', () => {
    expect(readIntent('When is Serbia expected to join the European Union?').future).toBe(true);
    expect(readIntent('When did Serbia join the OSCE chairmanship?').future).toBe(false);
  });

  it('GIVEN Russian "с кем" (with whom) before a "когда" clause THEN it asks who; "друг друга" (each other) is no ordinal', () => {
    const intent = readIntent('С кем Вучич встречался в Белграде в 2023 году, когда стороны подтвердили поддержку друг друга?');
    expect(intent.kind).toBe('who');
    expect(intent.ordinal).toBeUndefined();
    expect(readIntent('kada je bila druga sednica saveta').ordinal).toBe('second');
  });

  it('GIVEN "whose" in Serbian or Russian ("čija", "чья") THEN it asks who', () => {
    expect(readIntent('Čija bista je otkrivena u Novom Sadu?').kind).toBe('who');
    expect(readIntent('Чья статуя стоит в парке?').kind).toBe('who');
  });

  it('GIVEN "скольких людей" (how many people, genitive) THEN people are counted', () => {
    expect(readIntent('Скольких людей Минфин США внёс под санкции?').counted).toBe('lyudey');
  });
});
