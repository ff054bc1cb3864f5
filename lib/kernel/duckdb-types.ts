/**
 * DuckDB type names recovered from the Arrow schema of a query result, spelled as DuckDB
 * spells them in `DESCRIBE` (`INTEGER`, `DECIMAL(10,2)`, `INTEGER[]`, `STRUCT(a INTEGER)`),
 * so result tables show students the same names as their SQL.
 *
 * Arrow loses a few distinctions; the choices made here:
 * - HUGEINT is exported as Decimal(38,0), so DECIMAL(38,0) is reported as HUGEINT;
 * - UUID and JSON arrive as strings (VARCHAR), BIT as bytes (BLOB);
 * - ENUM arrives dictionary-encoded and is reported as `ENUM` (without its member list).
 * Dispatch is on numeric type ids, never `instanceof`, so tables built by a second copy of
 * apache-arrow (duckdb-wasm's node build in tests) are read the same way.
 */
import { Type, type DataType, type Field } from 'apache-arrow';

/** Arrow metadata keys DuckDB uses for types without an Arrow equivalent (UHUGEINT, BIGNUM). */
const EXTENSION_NAME = 'ARROW:extension:name';
const EXTENSION_METADATA = 'ARROW:extension:metadata';

/** DuckDB's own name for an "opaque" extension column (`uhugeint`, `bignum`), if any. */
export function duckdbExtensionType(field: Field): string | undefined {
  if (field.metadata.get(EXTENSION_NAME) !== 'arrow.opaque') return undefined;
  try {
    const meta = JSON.parse(field.metadata.get(EXTENSION_METADATA) ?? '{}') as { type_name?: unknown };
    return typeof meta.type_name === 'string' ? meta.type_name.toUpperCase() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The Arrow type properties this module and the readers use; which ones exist depends on
 * `typeId` (apache-arrow's `Field` is untyped, so this states what is relied on).
 */
export interface ArrowTypeInfo {
  typeId: Type;
  isSigned: boolean;
  bitWidth: number;
  /** Float: 0 half, 1 single, 2 double. Decimal: digits. */
  precision: number;
  scale: number;
  /** Date 0 day / 1 ms; Time/Timestamp 0 s … 3 ns; Interval 0 year-month, 1 day-time, 2 month-day-nano. */
  unit: number;
  timezone?: string | null;
  listSize: number;
  byteWidth: number;
  children: Field[];
  /** Union: 0 sparse, 1 dense. */
  mode: number;
  typeIdToChildIndex: Record<number, number>;
  /** Dictionary: the value type. */
  dictionary: DataType;
}

/** `field.type` with the properties above. */
export function typeInfo(field: Field): ArrowTypeInfo {
  return field.type as unknown as ArrowTypeInfo;
}

const SIGNED_INTS: Record<number, string> = { 8: 'TINYINT', 16: 'SMALLINT', 32: 'INTEGER', 64: 'BIGINT' };
const UNSIGNED_INTS: Record<number, string> = { 8: 'UTINYINT', 16: 'USMALLINT', 32: 'UINTEGER', 64: 'UBIGINT' };
const TIMESTAMPS = ['TIMESTAMP_S', 'TIMESTAMP_MS', 'TIMESTAMP', 'TIMESTAMP_NS'];

/** A struct/union member name, quoted the way DuckDB prints it when it is not a plain word. */
function memberName(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

function members(children: Field[]): string {
  return children.map((c) => `${memberName(c.name)} ${duckdbTypeName(c)}`).join(', ');
}

/**
 * The DuckDB type name of a result column (or nested member). Unknown Arrow types yield
 * their Arrow name, so the column still shows something truthful.
 */
export function duckdbTypeName(field: Field): string {
  const type = typeInfo(field);
  switch (type.typeId) {
    case Type.Null:
      return 'NULL';
    case Type.Int:
      return (type.isSigned ? SIGNED_INTS : UNSIGNED_INTS)[type.bitWidth] ?? String(type);
    case Type.Float:
      return type.precision === 2 ? 'DOUBLE' : 'FLOAT';
    case Type.Decimal:
      return type.scale === 0 && type.precision === 38 ? 'HUGEINT' : `DECIMAL(${type.precision},${type.scale})`;
    case Type.Utf8:
    case Type.LargeUtf8:
      return 'VARCHAR';
    case Type.Binary:
    case Type.LargeBinary:
    case Type.FixedSizeBinary:
      return duckdbExtensionType(field) ?? 'BLOB';
    case Type.Bool:
      return 'BOOLEAN';
    case Type.Date:
      return 'DATE';
    case Type.Time:
      return type.unit === 3 ? 'TIME_NS' : 'TIME';
    case Type.Timestamp:
      return type.timezone ? 'TIMESTAMP WITH TIME ZONE' : TIMESTAMPS[type.unit];
    case Type.Interval:
      return 'INTERVAL';
    case Type.List:
      return `${duckdbTypeName(type.children[0])}[]`;
    case Type.FixedSizeList:
      return `${duckdbTypeName(type.children[0])}[${type.listSize}]`;
    case Type.Struct:
      return `STRUCT(${members(type.children)})`;
    case Type.Map: {
      const [key, value] = typeInfo(type.children[0]).children;
      return `MAP(${duckdbTypeName(key)}, ${duckdbTypeName(value)})`;
    }
    case Type.Union:
      return `UNION(${members(type.children)})`;
    case Type.Dictionary:
      return 'ENUM';
    default:
      return String(type);
  }
}
