/**
 * Readers that turn one Arrow column chunk (`Data`) into plain JS values by indexing its
 * typed buffers directly (see duckdb-chunk.ts). Arrow's own `get()` builds proxies,
 * BigInts and Date numbers per value; reading the buffers is what keeps million-row
 * results fast. The value rules themselves are documented in convert.ts.
 */
import { Type, type Field } from 'apache-arrow';
import { withNulls, words, type Binder } from './duckdb-chunk';
import { bignumFromBytes, decimalAt, int64At, int64BigAt, int64IsSafe, shortestFloat32, uint128FromBytes, uint64At } from './duckdb-numeric';
import { dictionaryBinder, listBinder, mapBinder, structBinder, unionBinder } from './duckdb-readers-nested';
import { formatDate, formatInterval, formatTimeOfDay, timestampFormatter, TIME_UNITS } from './duckdb-temporal';
import { duckdbExtensionType, typeInfo } from './duckdb-types';
import { decodeUtf8, stringReader } from './duckdb-utf8';

/** A binder reading the chunk's value array (typed by the caller), NULLs handled. */
function values(read: (values: ArrayLike<number>) => (i: number) => unknown): Binder {
  return (data) => withNulls(data, read(data.values));
}

/** A binder reading 64-bit values through an int32 (lo, hi) view, NULLs handled. */
function int64s(read: (words: Int32Array) => (i: number) => unknown): Binder {
  return (data) => withNulls(data, read(words(data, 2)));
}

function intBinder(field: Field): Binder {
  const { bitWidth, isSigned } = typeInfo(field);
  if (bitWidth < 64) return values((v) => (i) => v[i]);
  const at = isSigned ? int64At : uint64At;
  return int64s((w) => (i) => at(w, i));
}

function timestampBinder(field: Field): Binder {
  const { unit, timezone } = typeInfo(field);
  const format = timestampFormatter(TIME_UNITS[unit], timezone ? '+00' : '');
  return int64s((w) => (i) => format(int64IsSafe(w, i) ? int64At(w, i) : int64BigAt(w, i)));
}

function intervalBinder(field: Field): Binder {
  const { unit } = typeInfo(field);
  if (unit === 0) return values((v) => (i) => formatInterval(v[i], 0, 0));
  if (unit === 1) return int64s((w) => (i) => formatInterval(0, w[2 * i], w[2 * i + 1] * 1000));
  // MONTH_DAY_NANO is 16 bytes per value (int32 months, int32 days, int64 nanos); apache-arrow
  // 17 declares a stride of 3 words for it, so the view is built from the byte layout.
  return (data) => {
    const w = words(data, 4);
    return withNulls(data, (i) => {
      const k = 2 * i + 1; // value i's nanos as the (k)th int64 pair of the view
      const micros = int64IsSafe(w, k) ? int64At(w, k) / 1000 : int64BigAt(w, k) / 1000n;
      return formatInterval(w[4 * i], w[4 * i + 1], micros);
    });
  };
}

function bytesBinder(field: Field): Binder {
  const extension = duckdbExtensionType(field);
  const type = typeInfo(field);
  const fixed = type.typeId === Type.FixedSizeBinary ? type.byteWidth : undefined;
  return (data) => {
    const bytes = data.values as Uint8Array;
    const offsets = data.valueOffsets;
    if (fixed !== undefined) {
      if (extension === 'UHUGEINT') return withNulls(data, (i) => uint128FromBytes(bytes, i * fixed));
      return withNulls(data, (i) => bytes.slice(i * fixed, (i + 1) * fixed));
    }
    const slice = (i: number) => bytes.slice(Number(offsets[i]), Number(offsets[i + 1]));
    return withNulls(data, extension === 'BIGNUM' ? (i) => bignumFromBytes(slice(i)) : slice);
  };
}

/** The reader for a column or nested member; throws for Arrow types DuckDB never sends. */
export function binderFor(field: Field): Binder {
  const type = typeInfo(field);
  switch (type.typeId) {
    case Type.Null:
      return () => () => null;
    case Type.Int:
      return intBinder(field);
    case Type.Float:
      if (type.precision === 1) return values((v) => (i) => shortestFloat32(v[i]));
      if (type.precision === 2) return values((v) => (i) => v[i]);
      break;
    case Type.Decimal: {
      const scale = type.scale;
      if (type.bitWidth === 128) return values((v) => (i) => decimalAt(v as Uint32Array, i, scale));
      break;
    }
    case Type.Utf8:
      return (data) => withNulls(data, stringReader(data.values as Uint8Array, data.valueOffsets, data.length));
    case Type.LargeUtf8:
      return (data) => {
        const [bytes, offsets] = [data.values as Uint8Array, data.valueOffsets];
        return withNulls(data, (i) => decodeUtf8(bytes, Number(offsets[i]), Number(offsets[i + 1])));
      };
    case Type.Binary:
    case Type.LargeBinary:
    case Type.FixedSizeBinary:
      return bytesBinder(field);
    case Type.Bool:
      return (data) => {
        const [bits, offset] = [data.values as Uint8Array, data.offset];
        return withNulls(data, (i) => (bits[(offset + i) >> 3] & (1 << ((offset + i) & 7))) !== 0);
      };
    case Type.Date:
      if (type.unit === 0) return values((v) => (i) => formatDate(v[i]));
      return int64s((w) => (i) => formatDate(Math.floor(int64At(w, i) / 86400000)));
    case Type.Time: {
      const { perSecond, digits } = TIME_UNITS[type.unit];
      if (type.bitWidth === 64) return int64s((w) => (i) => formatTimeOfDay(int64At(w, i), perSecond, digits));
      return values((v) => (i) => formatTimeOfDay(v[i], perSecond, digits));
    }
    case Type.Timestamp:
      return timestampBinder(field);
    case Type.Interval:
      return intervalBinder(field);
    case Type.List:
      return listBinder(binderFor(type.children[0]));
    case Type.FixedSizeList:
      return listBinder(binderFor(type.children[0]), type.listSize);
    case Type.Struct:
      return structBinder(type.children.map((c) => c.name), type.children.map(binderFor));
    case Type.Map: {
      const [key, value] = typeInfo(type.children[0]).children;
      return mapBinder(binderFor(key), binderFor(value));
    }
    case Type.Union:
      return unionBinder(type.children.map(binderFor), type.typeIdToChildIndex, type.mode === 1);
    case Type.Dictionary:
      return dictionaryBinder(binderFor({ name: field.name, type: type.dictionary, metadata: new Map() } as Field));
  }
  throw new Error(`Cannot convert column "${field.name}": unsupported Arrow type ${String(type)}`);
}
