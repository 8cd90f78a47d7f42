import { Fragment, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Alert, App, Button, Input, Segmented, Select, Tag, theme, Tooltip } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import {
  FLAG_MEASURES,
  GLUCOSE_KINDS,
  SHIFT_TIMES,
  SHIFTS,
  TEMP_SITES,
  TIME_OF_DAY,
  type GlucoseKind,
  type RoundGrid as Grid,
  type Shift,
  type TempSite,
} from '../../../core/vitals/schema.ts';
import { ApiCallError } from '../../api/client.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { IsoDatePicker } from '../../ui/IsoDatePicker.tsx';
import { errorMessage } from '../../ui/serverErrors.ts';
import { useGuardedNavigate, useLeaveGuard } from '../../ui/forms/leaveGuard.ts';
import { qty } from '../../ui/qty.ts';
import { useWindowHeight } from '../../ui/useWindowHeight.ts';
import {
  ABSENCE_CYCLE,
  absenceLabel,
  CELL_HEADERS,
  CELLS,
  cellOfField,
  flagsOf,
  hasValues,
  isChanged,
  readRow,
  toGridRow,
  toInput,
  type Cell,
  type GridRow,
} from './roundGridModel.ts';
import { localDay, localTime } from './clock.ts';
import './vitals.css';

/** A problem the core named: under its row and cell, or above the grid when it names neither. */
type ServerProblem = { row: number; cell: Cell; message: string } | { row: null; field: string | null; message: string };

/** The time a round is entered at: its shift's usual time, or now if that is still to come today. */
function defaultTime(date: string, shift: Shift): string {
  const now = localTime();
  return date === localDay() && SHIFT_TIMES[shift] > now ? now : SHIFT_TIMES[shift];
}

/**
 * 测量录入: a floor's round as one grid, typed with the keyboard only. Tab and Enter move across a row and on to
 * the next, ↑ ↓ move between residents, 空格 switches 在院/外出/住院/拒测, Ctrl+Enter saves. Each cell is read
 * with the core's own guards as it is left; one save sends the whole round, and a row the core refuses is
 * shown where it is, with every typed row kept.
 */
export function RoundGrid({ floors, initialFloor = null }: { floors: number[]; initialFloor?: number | null }) {
  const { message, modal } = App.useApp();
  const navigate = useGuardedNavigate();
  // The grid's widths are in em of the app's font, so 大字 widens the cells with their text.
  const { fontSize } = theme.useToken().token;
  const [floor, setFloor] = useState<number>(initialFloor !== null && floors.includes(initialFloor) ? initialFloor : floors[0]!);
  const [date, setDate] = useState(localDay);
  const [shift, setShift] = useState<Shift>(() => (localTime() < '12:00' ? 'am' : 'pm'));
  const [time, setTime] = useState(() => defaultTime(localDay(), localTime() < '12:00' ? 'am' : 'pm'));
  const [tempSite, setTempSite] = useState<TempSite>('axillary');
  const [glucoseKind, setGlucoseKind] = useState<GlucoseKind>('fasting');
  const [lateReason, setLateReason] = useState('');
  const [rows, setRows] = useState<GridRow[]>([]);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [server, setServer] = useState<ServerProblem | null>(null);
  const tableRef = useRef<HTMLDivElement>(null);
  // The grid scrolls inside the window (its header row stays in sight), below wherever the toolbar ends.
  const windowHeight = useWindowHeight();
  const [gridTop, setGridTop] = useState(300);
  /** The grid the rows were loaded from: a refetch of the same round never overwrites typed rows. */
  const loadedFor = useRef<string | null>(null);

  const key = { floor, date, shift };
  const grid = useApiQuery('vitals.round', key, { refetchOnWindowFocus: false });
  const ranges = useApiQuery('vitals.ranges', {});
  const save = useApiMutation('vitals.saveRound');

  const dirty = rows.some(isChanged);
  useLeaveGuard(dirty);

  const reset = (g: Grid) => {
    setRows(g.rows.map(toGridRow));
    setTouched(new Set());
    setAttempted(false);
    setServer(null);
    if (g.round) {
      setTime(g.round.time);
      setTempSite(g.round.tempSite);
      setGlucoseKind(g.round.glucoseKind);
    } else setTime(defaultTime(g.date, g.shift));
    loadedFor.current = `${g.floor}|${g.date}|${g.shift}|${g.round?.revision ?? 0}`;
  };
  useEffect(() => {
    const g = grid.data;
    if (!g || g.floor !== floor || g.date !== date || g.shift !== shift) return;
    const at = `${g.floor}|${g.date}|${g.shift}|`;
    const justSaved = loadedFor.current === `${at}saved`;
    if (!justSaved && loadedFor.current?.startsWith(at) && (dirty || loadedFor.current === `${at}${g.round?.revision ?? 0}`)) return;
    reset(g);
    // The rows are reset only when another round is opened or this one was saved (its revision changed).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [grid.data, floor, date, shift]);

  const reads = useMemo(() => rows.map(readRow), [rows]);
  const lateRows = rows.filter((r) => r.leftOn !== null && (r.absence !== null || hasValues(r)));
  const hasRows = rows.length > 0;
  const lateShown = lateRows.length > 0;
  useLayoutEffect(() => {
    const top = tableRef.current?.getBoundingClientRect().top;
    if (top !== undefined) setGridTop(top + window.scrollY);
  }, [hasRows, fontSize, windowHeight, server, lateShown]);

  /** Switching floor, day or shift drops typed rows: ask first. */
  const switchTo = (change: () => void) => {
    if (!dirty) return change();
    modal.confirm({
      title: '放弃未保存的测量？',
      content: '这张测量表填写的内容还没有保存，换表后将丢失。',
      okText: '放弃并换表',
      okButtonProps: { danger: true },
      cancelText: '留在这张表',
      onOk: change,
    });
  };

  const focusCell = (row: number, cell: Cell) => {
    const el = tableRef.current?.querySelector<HTMLElement>(`[data-row="${row}"][data-cell="${cell}"]`);
    if (!el) return;
    el.focus();
    if (el instanceof HTMLInputElement) el.select();
    el.scrollIntoView({ block: 'nearest' });
  };

  const setText = (index: number, cell: Exclude<Cell, 'absence'>, value: string) => {
    setRows((list) => list.map((r, i) => (i === index ? { ...r, text: { ...r.text, [cell]: value } } : r)));
    if (server?.row === index) setServer(null);
  };
  const cycleAbsence = (index: number) => {
    setRows((list) =>
      list.map((r, i) => (i === index ? { ...r, absence: ABSENCE_CYCLE[(ABSENCE_CYCLE.indexOf(r.absence) + 1) % ABSENCE_CYCLE.length]! } : r)),
    );
    if (server?.row === index) setServer(null);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    const row = Number(target.dataset.row);
    const cell = target.dataset.cell as Cell | undefined;
    if (!cell || Number.isNaN(row)) return;
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      trySave(false);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const next = CELLS.indexOf(cell) + 1;
      if (next < CELLS.length) focusCell(row, CELLS[next]!);
      else if (row + 1 < rows.length) focusCell(row + 1, CELLS[0]);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      const to = row + (e.key === 'ArrowDown' ? 1 : -1);
      if (to < 0 || to >= rows.length) return;
      e.preventDefault();
      focusCell(to, cell);
    }
  };

  const firstProblem = () => {
    const index = reads.findIndex((r) => Object.keys(r.problems).length > 0);
    if (index < 0) return null;
    const cell = CELLS.find((c) => reads[index]!.problems[c])!;
    return { index, cell, message: reads[index]!.problems[cell]! };
  };

  function trySave(confirmUnusual: boolean) {
    setAttempted(true);
    const bad = firstProblem();
    if (bad) {
      const r = rows[bad.index]!;
      void message.error(`${r.bedLabel} ${r.name}：${bad.message}。整张测量表未保存，请改正后再保存。`);
      focusCell(bad.index, bad.cell);
      return;
    }
    if (!TIME_OF_DAY.test(time)) {
      setServer({ row: null, field: 'time', message: '测量时间格式应为“时:分”，如 08:30' });
      return;
    }
    const g = grid.data;
    if (!g) return;
    save.mutate(
      {
        floor,
        date,
        shift,
        time,
        tempSite,
        glucoseKind,
        rows: rows.map((r, i) => toInput(r, reads[i]!.values)),
        revision: g.round?.revision ?? null,
        lateReason: lateReason.trim(),
        confirmUnusual,
      },
      {
        onSuccess: (saved) => {
          setServer(null);
          if (!saved.created && saved.changed === 0) {
            void message.info('没有改动，测量表保持原样');
            return;
          }
          // The saved round as the core now holds it: its revision for the next correction, the rows no longer unsaved.
          loadedFor.current = `${floor}|${date}|${shift}|saved`;
          void grid.refetch().then((r) => r.data && reset(r.data));
          void message.success(
            `已保存 ${floor} 楼 ${date} ${SHIFTS[shift]}测量：测量 ${qty(saved.measured, '人')}，外出/住院/拒测 ${qty(saved.absent, '人')}` +
              (saved.abnormal.length > 0 ? `，其中 ${qty(saved.abnormal.length, '人')}有异常数值` : ''),
          );
        },
        onError: (error) => {
          if (error instanceof ApiCallError && error.field === 'confirmUnusual') {
            modal.confirm({
              title: '请核对超出常见范围的数值',
              content: error.message,
              okText: '确认保存',
              cancelText: '返回修改',
              width: 560,
              onOk: () => trySave(true),
            });
            return;
          }
          const at = error instanceof ApiCallError && error.field ? cellOfField(error.field) : null;
          if (at) {
            setServer({ row: at.row, cell: at.cell, message: error.message });
            focusCell(at.row, at.cell);
          } else setServer({ row: null, field: error instanceof ApiCallError ? (error.field ?? null) : null, message: errorMessage(error) });
        },
      },
    );
  }

  const g = grid.data;
  const showProblem = (row: number, cell: Cell) => attempted || touched.has(`${row}:${cell}`);
  const fieldError = server && server.row === null ? server : null;

  return (
    <div style={{ fontSize }}>
      <div className="toolbar">
        <Select
          id="round-floor"
          aria-label="楼层"
          style={{ width: 110 }}
          value={floor}
          options={floors.map((f) => ({ value: f, label: `${f} 楼` }))}
          onChange={(f) => switchTo(() => setFloor(f))}
        />
        <span style={{ width: '8.6em' }}>
          <IsoDatePicker id="round-date" value={date} onChange={(d) => d && switchTo(() => setDate(d))} />
        </span>
        <Segmented
          value={shift}
          options={Object.entries(SHIFTS).map(([value, label]) => ({ value, label }))}
          onChange={(s) => switchTo(() => setShift(s as Shift))}
        />
        <Tooltip title={g?.round ? '已保存的测量表不能改测量时间' : '测量时间（时:分）'}>
          <Input
            id="round-time"
            aria-label="测量时间"
            style={{ width: '5em' }}
            value={time}
            disabled={!!g?.round}
            status={fieldError?.field === 'time' ? 'error' : undefined}
            onChange={(e) => setTime(e.target.value)}
          />
        </Tooltip>
        <Select
          id="round-tempSite"
          aria-label="体温部位"
          style={{ width: 100 }}
          value={tempSite}
          options={Object.entries(TEMP_SITES).map(([value, label]) => ({ value, label }))}
          onChange={setTempSite}
        />
        <Select
          id="round-glucoseKind"
          aria-label="血糖类型"
          style={{ width: 150 }}
          value={glucoseKind}
          options={Object.entries(GLUCOSE_KINDS).map(([value, label]) => ({ value, label: `${label}血糖` }))}
          onChange={setGlucoseKind}
        />
        <Button id="round-save" type="primary" icon={<SaveOutlined />} loading={save.isPending} disabled={!g || rows.length === 0} onClick={() => trySave(false)}>
          保存测量表
        </Button>
      </div>
      <div className="muted round-help">
        <kbd>Tab</kbd>/<kbd>Enter</kbd> 下一格 · <kbd>↑</kbd><kbd>↓</kbd> 上下一位 · 状态格 <kbd>空格</kbd> 切换 · <kbd>Ctrl</kbd>+<kbd>Enter</kbd> 保存 · 血压写 128/78
      </div>
      {lateRows.length > 0 && (
        <div className="toolbar">
          <span>补录原因（{lateRows.map((r) => r.name).join('、')} 已离院）：</span>
          <Input
            id="round-lateReason"
            style={{ width: 360 }}
            maxLength={200}
            value={lateReason}
            status={fieldError?.field === 'lateReason' ? 'error' : undefined}
            placeholder="如：纸质记录补录"
            onChange={(e) => setLateReason(e.target.value)}
          />
        </div>
      )}
      {fieldError && <Alert type="error" showIcon title={fieldError.message} style={{ marginBottom: 12 }} data-testid="round-error" />}
      {grid.isError && <Alert type="error" showIcon title={grid.error.message} />}
      {g && g.rows.length === 0 && (
        <EmptyState title={`${floor} 楼在 ${date} 没有住养老人`} hint="请换一个楼层或日期；老人入住后会出现在这张表上。" />
      )}
      {rows.length > 0 && (
        <div className="round-grid-wrap" ref={tableRef} onKeyDown={onKeyDown} style={{ maxHeight: Math.max(240, windowHeight - gridTop - 48) }}>
          <table className="round-grid" aria-label="测量表">
            <thead>
              <tr>
                <th className="bed">床位</th>
                <th className="who">老人</th>
                {CELLS.map((c) => (
                  <th key={c} className={`cell-${c}`}>
                    {CELL_HEADERS[c].label}
                    {CELL_HEADERS[c].unit && <div className="unit">{CELL_HEADERS[c].unit}</div>}
                  </th>
                ))}
                <th className="flags">判读</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => {
                const read = reads[i]!;
                const rowServer = server && server.row === i ? server : null;
                const problems = CELLS.filter((c) => read.problems[c] && showProblem(i, c)).map((c) => read.problems[c]!);
                // A row with a value the guards refuse is not judged: 400/80 is a typo, not 3级高血压.
                const flags = Object.keys(read.problems).length > 0 ? [] : flagsOf(r, read.values, ranges.data?.ranges, tempSite, glucoseKind);
                const messages = rowServer ? [rowServer.message, ...problems] : problems;
                return (
                  <Fragment key={r.residentId}>
                  <tr className={`${r.absence ? 'absent' : ''} ${messages.length > 0 ? 'has-error' : ''}`} data-testid={`round-row-${i}`}>
                    <td className="bed">{r.bedLabel}</td>
                    <td className="who">
                      <a
                        href={`#/vitals/residents/${r.residentId}`}
                        tabIndex={-1}
                        title="查看趋势"
                        onClick={(e) => {
                          e.preventDefault();
                          navigate(`/vitals/residents/${r.residentId}`);
                        }}
                      >
                        {r.name}
                      </a>
                      <div className="muted sex-age">
                        {r.sex} {r.age}岁
                      </div>
                      {r.leftOn && <Tag color="default">已离院 {r.leftOn}</Tag>}
                    </td>
                    {CELLS.map((c) => {
                      const bad = (read.problems[c] && showProblem(i, c)) || rowServer?.cell === c;
                      if (c === 'absence') {
                        return (
                          <td key={c} className={`cell-${c}`}>
                            <Button
                              size="small"
                              className="absence-toggle"
                              id={`round-${i}-absence`}
                              data-row={i}
                              data-cell={c}
                              danger={!!bad}
                              type={r.absence ? 'primary' : 'default'}
                              aria-label={`${r.name} 状态：${absenceLabel(r.absence)}，空格切换`}
                              onClick={() => cycleAbsence(i)}
                            >
                              {absenceLabel(r.absence)}
                            </Button>
                          </td>
                        );
                      }
                      return (
                        <td key={c} className={`cell-${c}`}>
                          <Input
                            id={`round-${i}-${c}`}
                            data-row={i}
                            data-cell={c}
                            aria-label={`${r.bedLabel} ${r.name} ${CELL_HEADERS[c].label}`}
                            size="small"
                            autoComplete="off"
                            placeholder={c === 'bp' ? '收/舒' : undefined}
                            value={r.text[c]}
                            status={bad ? 'error' : undefined}
                            onChange={(e) => setText(i, c, e.target.value)}
                            onBlur={() => setTouched((t) => (t.has(`${i}:${c}`) ? t : new Set(t).add(`${i}:${c}`)))}
                          />
                        </td>
                      );
                    })}
                    <td className="flags">
                      {flags.map((f) => (
                        <Tag key={f.measure} color={f.level === 'severe' ? 'red' : 'orange'}>
                          {FLAG_MEASURES[f.measure]} {f.label}
                        </Tag>
                      ))}
                    </td>
                  </tr>
                  {messages.length > 0 && (
                    <tr className="row-problems">
                      <td colSpan={CELLS.length + 3} role="alert" data-testid={`round-row-${i}-error`}>
                        {r.bedLabel} {r.name}：{[...new Set(messages)].join('；')}
                      </td>
                    </tr>
                  )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {rows.length > 0 && (
        <div className="muted" style={{ marginTop: 8 }}>
          共 {qty(rows.length, '位老人')}
          {dirty ? '，有未保存的修改' : ''}
          {g?.round ? `；已由 ${g.round.recordedBy} 保存（${g.round.time}），改后再保存即为更正` : ''}
          {ranges.data?.sources.some((s) => s.unverified) ? '；判读标准含“待核实”项' : ''}
        </div>
      )}
    </div>
  );
}
