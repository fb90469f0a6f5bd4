// Small changes to RJSF's default templates, for accessibility and Dutch:
// visible text on every button (the defaults are icon fonts we do not ship),
// fieldset + legend for groups of checkboxes and radio buttons, aria-invalid on
// fields with an error, numbered item titles ("Niveau 2"), no example datalists
// (the examples are in the help text instead).
import { useCallback } from 'react';
import { ariaDescribedByIds, buttonId, errorId, getInputProps, getTemplate, getUiOptions } from '@rjsf/utils';

const ITEM_INDEX = /_(\d+)$/;

function itemNumber(id) {
  const match = ITEM_INDEX.exec(id || '');
  return match ? Number(match[1]) + 1 : null;
}

function Required({ required }) {
  return required ? <span className="spc-verplicht"> (verplicht)</span> : null;
}

export function FieldTemplate(props) {
  const { id, label, children, errors, help, description, hidden, required, displayLabel, uiSchema, schema, rawErrors, registry } = props;
  const note = ((registry && registry.formContext && registry.formContext.notes) || {})[id];
  const changed = note ? <p className="spc-omgezet" id={`${id}__omgezet`}>{note}</p> : null;
  if (hidden) return <div hidden>{children}</div>;
  const options = getUiOptions(uiSchema);
  const widget = options.widget;
  const invalid = rawErrors && rawErrors.length > 0;
  const kind = schema.type === 'object' || schema.type === 'array' ? 'spc-groep' : 'spc-veld';
  if (widget === 'checkboxes' || widget === 'radio') {
    return (
      <fieldset className={`spc-veld spc-keuze${invalid ? ' spc-fout-veld' : ''}`} id={`${id}__groep`}>
        <legend>{label}<Required required={required} /></legend>
        {description}{children}{errors}{help}
      </fieldset>
    );
  }
  const checkbox = widget === 'checkbox' || (schema.type === 'boolean' && !widget);
  // A text in a list ("Taak 2") is numbered; it is required only in the sense that an empty line is dropped.
  const number = kind === 'spc-veld' ? itemNumber(id) : null;
  const shownLabel = number && schema.title ? `${schema.title} ${number}` : label;
  return (
    <div className={`${kind}${invalid ? ' spc-fout-veld' : ''}`}>
      {displayLabel && !checkbox && (
        <label htmlFor={id}>{shownLabel}<Required required={required && !number} /></label>
      )}
      {displayLabel && description ? description : null}
      {children}
      {changed}
      {errors}
      {help}
    </div>
  );
}

export function FieldErrorTemplate({ errors = [], fieldPathId }) {
  const shown = errors.filter(Boolean);
  if (!shown.length) return null;
  return (
    <div id={errorId(fieldPathId)} className="spc-fout">
      {shown.map((error, index) => (
        <p key={index}><span className="spc-sr">Fout: </span>{error}</p>
      ))}
    </div>
  );
}

export function BaseInputTemplate(props) {
  const {
    id, name, htmlName, value, readonly, disabled, autofocus, onBlur, onFocus, onChange, onChangeOverride, options,
    schema, uiSchema, registry, rawErrors, type, hideLabel, hideError, placeholder, required, label, multiple,
    ...rest
  } = props;
  const inputProps = { ...getInputProps(schema, type, options) };
  const inputValue = value == null ? '' : value;
  const handleChange = useCallback(({ target }) => onChange(target.value === '' ? options.emptyValue : target.value),
    [onChange, options]);
  const handleBlur = useCallback(({ target }) => onBlur(id, target && target.value), [onBlur, id]);
  const handleFocus = useCallback(({ target }) => onFocus(id, target && target.value), [onFocus, id]);
  const invalid = rawErrors && rawErrors.length > 0;
  return (
    <input
      id={id}
      name={htmlName || id}
      className="spc-invoer"
      readOnly={readonly}
      disabled={disabled}
      autoFocus={autofocus}
      placeholder={placeholder}
      required={required}
      value={inputValue}
      {...inputProps}
      maxLength={schema.maxLength}
      spellCheck={inputProps.type === 'text' ? undefined : false}
      aria-invalid={invalid ? 'true' : undefined}
      aria-describedby={[ariaDescribedByIds(id, false),
        ((registry && registry.formContext && registry.formContext.notes) || {})[id] ? `${id}__omgezet` : ''].join(' ').trim()}
      onChange={onChangeOverride || handleChange}
      onBlur={handleBlur}
      onFocus={handleFocus}
    />
  );
}

export function TitleFieldTemplate({ id, title, required, optionalDataControl }) {
  const number = itemNumber(id.replace(/__title$/, ''));
  return (
    <legend id={id}>
      <span className="spc-legend-tekst">{number ? `${title} ${number}` : title}</span>
      <Required required={required} />
      {optionalDataControl}
    </legend>
  );
}

/** Focus the first element `find` returns once React has drawn it (a few frames at most). */
function focusWhenThere(find, tries = 20) {
  const element = find();
  if (element) element.focus();
  else if (tries > 0) requestAnimationFrame(() => focusWhenThere(find, tries - 1));
}

export function OptionalDataControlsTemplate({ id, label, onAddClick, onRemoveClick }) {
  const base = id.replace(/__optional(Add|Remove|Msg)$/, '');
  // After "Invullen" the same spot holds "Weghalen": a keyboard user who pressed Enter would be one key away from
  // undoing it. Focus goes to the first field that appeared; after "Weghalen", back to "Invullen".
  const click = onAddClick
    ? () => {
      onAddClick();
      focusWhenThere(() => document.querySelector(
        `input[id^="${base}_"]:not([type=hidden]), select[id^="${base}_"], textarea[id^="${base}_"]`));
    }
    : () => {
      onRemoveClick();
      focusWhenThere(() => document.getElementById(`${base}__optionalAdd`));
    };
  if (onAddClick || onRemoveClick) {
    return (
      <button type="button" id={id} key={id} className={`spc-knop spc-knop-klein${onRemoveClick ? ' spc-knop-weg' : ''}`}
        onClick={click} aria-labelledby={`${id} ${base}__title`}>
        {label}
      </button>
    );
  }
  return <em id={id}>{label}</em>;
}

function ItemButton({ onClick, disabled, children, label, id, className = '' }) {
  return (
    <button type="button" id={id} className={`spc-knop spc-knop-klein ${className}`} onClick={onClick}
      disabled={disabled} aria-label={label}>
      {children}
    </button>
  );
}

export function ArrayFieldItemTemplate(props) {
  const { children, buttonsProps, hasToolbar, index, schema, parentUiSchema } = props;
  const { disabled, readonly, hasMoveUp, hasMoveDown, hasRemove, onMoveUpItem, onMoveDownItem, onRemoveItem, fieldPathId } = buttonsProps;
  const title = (parentUiSchema && parentUiSchema['ui:itemTitle']) || schema.title || 'Regel';
  const name = `${title} ${index + 1}`;
  return (
    <div className="spc-item">
      <div className="spc-item-inhoud">{children}</div>
      {hasToolbar && !readonly && (
        <div className="spc-item-knoppen">
          {(hasMoveUp || hasMoveDown) && (
            <ItemButton id={buttonId(fieldPathId, 'moveUp')} onClick={onMoveUpItem} disabled={disabled || !hasMoveUp}
              label={`${name} omhoog`}>Omhoog</ItemButton>
          )}
          {(hasMoveUp || hasMoveDown) && (
            <ItemButton id={buttonId(fieldPathId, 'moveDown')} onClick={onMoveDownItem} disabled={disabled || !hasMoveDown}
              label={`${name} omlaag`}>Omlaag</ItemButton>
          )}
          {hasRemove && (
            <ItemButton id={buttonId(fieldPathId, 'remove')} onClick={onRemoveItem} disabled={disabled}
              label={`${name} weghalen`} className="spc-knop-weg">Weghalen</ItemButton>
          )}
        </div>
      )}
    </div>
  );
}

export function ArrayFieldTemplate(props) {
  const { canAdd, className, disabled, fieldPathId, uiSchema, items, optionalDataControl, onAddClick, readonly, registry, required, schema, title } = props;
  const options = getUiOptions(uiSchema);
  const ArrayFieldDescriptionTemplate = getTemplate('ArrayFieldDescriptionTemplate', registry, options);
  const itemTitle = (schema.items && schema.items.title) || 'regel';
  return (
    <fieldset className={`spc-lijst ${className || ''}`} id={fieldPathId.$id}>
      <legend id={`${fieldPathId.$id}__title`}>
        <span className="spc-legend-tekst">{options.title || title}</span>
        <Required required={required} />
        {optionalDataControl}
      </legend>
      <ArrayFieldDescriptionTemplate fieldPathId={fieldPathId} description={options.description || schema.description}
        schema={schema} uiSchema={uiSchema} registry={registry} />
      <div className="spc-items">{items}</div>
      {canAdd && !readonly && (
        <button type="button" id={buttonId(fieldPathId, 'add')} className="spc-knop spc-knop-toevoegen"
          onClick={onAddClick} disabled={disabled}>
          {`${itemTitle.charAt(0).toUpperCase()}${itemTitle.slice(1)} toevoegen`}
          <span className="spc-sr">{` aan ${options.title || title}`}</span>
        </button>
      )}
    </fieldset>
  );
}

export const templates = {
  FieldTemplate,
  FieldErrorTemplate,
  BaseInputTemplate,
  TitleFieldTemplate,
  OptionalDataControlsTemplate,
  ArrayFieldItemTemplate,
  ArrayFieldTemplate,
};

const STRINGS = {
  ArrayItemTitle: 'Regel',
  EmptyArray: 'Nog niets ingevuld. Voeg hieronder een regel toe.',
  YesLabel: 'Ja',
  NoLabel: 'Nee',
  AddButton: 'Toevoegen',
  AddItemButton: 'Toevoegen',
  RemoveButton: 'Weghalen',
  MoveUpButton: 'Omhoog',
  MoveDownButton: 'Omlaag',
  OptionalObjectAdd: 'Invullen',
  OptionalObjectRemove: 'Weghalen',
  OptionalObjectEmptyMsg: 'Niet ingevuld',
  ClearButton: 'Leegmaken',
  AriaDateLabel: 'Kies een datum',
};

export function translateString(key, params) {
  const english = {
    'Item': 'ArrayItemTitle', 'Add': 'AddButton', 'Add Item': 'AddItemButton', 'Remove': 'RemoveButton',
    'Move up': 'MoveUpButton', 'Move down': 'MoveDownButton', 'Yes': 'YesLabel', 'No': 'NoLabel',
    'No items yet. Use the button below to add some.': 'EmptyArray',
    'Add data for optional field': 'OptionalObjectAdd', 'Remove data for optional field': 'OptionalObjectRemove',
    'No data for optional field': 'OptionalObjectEmptyMsg', 'clear input': 'ClearButton', 'Select a date': 'AriaDateLabel',
  }[key];
  let text = (english && STRINGS[english]) || key;
  (params || []).forEach((value, i) => { text = text.replace(`%${i + 1}`, value); });
  return text;
}
