/**
 * Helpers take typed values (CONTRIBUTING.md, "Inside the node"): no exported function, exported
 * `const` holding an arrow function or function expression, or public method under helpers/
 * takes a loose object (IDataObject, an array of them, or any other string-keyed record), which
 * is how an editor collection's shape leaks into a helper, nor one of n8n's editor value types
 * (UI_TYPES). The few API shapes that are loose by nature are allowed, each with its reason.
 * Nor do the helpers or the transport read a parameter: operations read them and pass values.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const root = path.resolve(__dirname, '../..');
// Compiled into .build/test/nodes/: the sources are one folder further up.
const sourceRoot = fs.existsSync(path.join(root, 'nodes/TeleCrm/TeleCrm.node.ts'))
	? root
	: path.resolve(root, '..');
const HELPERS = 'nodes/TeleCrm/helpers/';

/**
 * The loose shapes a helper may take, each an alias in helpers/values/apiShapes.ts: telecrm's
 * API and n8n's output items are loose by nature, an editor collection is not one of them.
 */
const ALLOWED: Record<string, string> = {
	ApiRow: 'a row telecrm returned, as it came',
	ApiBody: 'a request body or part of one, in the documented form',
	FieldValues: 'field values keyed by telecrm API name, as given or sent',
	ItemJson: "an n8n item's json, loose by n8n's own type",
};

/**
 * n8n's types for a parameter's value as the editor stores it: a reader in actions/ turns them
 * into a typed value, so a helper taking one knows the editor's shape (mode names, mapping modes).
 */
const UI_TYPES = new Set([
	'ResourceMapperValue',
	'ResourceMapperField',
	'INodeParameterResourceLocator',
	'INodeParameters',
	'NodeParameterValue',
	'NodeParameterValueType',
	'FilterValue',
	'AssignmentCollectionValue',
]);

function sourceFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(full);
		return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
	});
}

const files = sourceFiles(path.join(sourceRoot, HELPERS));
const program = ts.createProgram(files, {
	strict: true,
	target: ts.ScriptTarget.ES2022,
	module: ts.ModuleKind.CommonJS,
	moduleResolution: ts.ModuleResolutionKind.Node10,
	esModuleInterop: true,
	skipLibCheck: true,
	noEmit: true,
});
const checker = program.getTypeChecker();

/**
 * IDataObject, a record of unknown values, an array of them, or a union holding one. A typed map
 * (`Record<string, string>`) or an interface with named properties is not loose.
 */
function isLoose(type: ts.Type, seen = new Set<ts.Type>()): boolean {
	if (type.isUnion()) return type.types.some((t) => isLoose(t, seen));
	if (checker.isArrayType(type))
		return checker.getTypeArguments(type as ts.TypeReference).some((t) => isLoose(t, seen));
	const values = type.getStringIndexType();
	if (values === undefined || type.getProperties().length > 0) return false;
	return isUntyped(values, new Set([...seen, type]));
}

/** A record's values are untyped when they may be anything, any object, or the record again. */
function isUntyped(type: ts.Type, seen: Set<ts.Type>): boolean {
	if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.NonPrimitive))
		return true;
	if (seen.has(type)) return true;
	if (type.isUnion()) return type.types.some((t) => isUntyped(t, seen));
	if (checker.isArrayType(type))
		return checker.getTypeArguments(type as ts.TypeReference).some((t) => isUntyped(t, seen));
	return isLoose(type, seen);
}

/** Interfaces declared in the helpers, whose properties are read like parameters. */
function helperInterface(type: ts.Type): ts.InterfaceDeclaration | undefined {
	const declaration = type.getSymbol()?.declarations?.[0];
	if (!declaration || !ts.isInterfaceDeclaration(declaration)) return undefined;
	return files.includes(path.resolve(declaration.getSourceFile().fileName))
		? declaration
		: undefined;
}

/** The name of n8n's editor value type that `type` is, if it is one (as written or resolved). */
function uiTypeOf(node: ts.TypeNode | undefined, type: ts.Type): string | undefined {
	const names = [
		node && ts.isTypeReferenceNode(node) ? node.typeName.getText() : undefined,
		type.aliasSymbol?.name,
		type.getSymbol()?.name,
	];
	return names.find((name) => name !== undefined && UI_TYPES.has(name));
}

/**
 * Where a written type is loose or an editor value type. It goes by the name written: an
 * allowed alias (`ApiRow`, …) passes though it is IDataObject; `IDataObject` itself does not.
 */
function looseIn(node: ts.TypeNode | undefined, type: ts.Type, where: string): string[] {
	if (node && ts.isTypeReferenceNode(node) && node.typeName.getText() in ALLOWED) return [];
	const uiType = uiTypeOf(node, type);
	if (uiType) return [`${where}: ${uiType}`];
	if (node && ts.isArrayTypeNode(node)) {
		const element = checker.getTypeFromTypeNode(node.elementType);
		return looseIn(node.elementType, element, where);
	}
	if (node && ts.isUnionTypeNode(node))
		return node.types.flatMap((t) => looseIn(t, checker.getTypeFromTypeNode(t), where));
	if (node && ts.isParenthesizedTypeNode(node))
		return looseIn(node.type, checker.getTypeFromTypeNode(node.type), where);
	const declaration = helperInterface(type);
	if (declaration) {
		return declaration.members.flatMap((member) =>
			ts.isPropertySignature(member) && member.type
				? looseIn(
						member.type,
						checker.getTypeFromTypeNode(member.type),
						`${where}.${member.name.getText()}`,
					)
				: [],
		);
	}
	return isLoose(type) ? [where] : [];
}

type Signature = ts.SignatureDeclaration;

function isExported(node: ts.Node): boolean {
	return (ts.getCombinedModifierFlags(node as ts.Declaration) & ts.ModifierFlags.Export) !== 0;
}

/** `export const name = (…) => …` or `= function (…) {…}`: a function by another syntax. */
function exportedConstFunctions(statement: ts.Statement): Array<[string, Signature]> {
	if (!ts.isVariableStatement(statement) || !isExported(statement)) return [];
	return statement.declarationList.declarations.flatMap(
		(declaration): Array<[string, Signature]> => {
			const { name, initializer } = declaration;
			if (!ts.isIdentifier(name) || !initializer) return [];
			let fn = initializer;
			while (ts.isParenthesizedExpression(fn) || ts.isAsExpression(fn)) fn = fn.expression;
			return ts.isArrowFunction(fn) || ts.isFunctionExpression(fn) ? [[name.text, fn]] : [];
		},
	);
}

/** Exported functions (declared, or a `const` holding one), and exported classes' public methods. */
function exportedSignatures(source: ts.SourceFile): Array<[string, Signature]> {
	const found: Array<[string, Signature]> = [];
	for (const statement of source.statements) {
		if (ts.isFunctionDeclaration(statement) && statement.name && isExported(statement))
			found.push([statement.name.text, statement]);
		found.push(...exportedConstFunctions(statement));
		if (ts.isClassDeclaration(statement) && statement.name && isExported(statement)) {
			for (const member of statement.members) {
				const flags = ts.getCombinedModifierFlags(member);
				if (!ts.isMethodDeclaration(member) || !ts.isIdentifier(member.name)) continue;
				if (flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) continue;
				found.push([`${statement.name.text}.${member.name.text}`, member]);
			}
		}
	}
	return found;
}

/** Every exported helper parameter typed as a loose object, as `file:function(parameter)`. */
function looseParameters(): string[] {
	const found: string[] = [];
	for (const file of files) {
		const source = program.getSourceFile(file);
		if (!source) continue;
		const where = path.relative(path.join(sourceRoot, HELPERS), file).split(path.sep).join('/');
		for (const [name, declaration] of exportedSignatures(source)) {
			for (const parameter of declaration.parameters) {
				const type = checker.getTypeAtLocation(parameter);
				const named = ts.isIdentifier(parameter.name) ? parameter.name.text : 'destructured';
				found.push(...looseIn(parameter.type, type, `${where}:${name}(${named})`));
			}
		}
	}
	return found;
}

describe('helper signatures', () => {
	const loose = looseParameters();

	it('reads the helpers', () => {
		expect(files.length).toBeGreaterThan(20);
		expect(files.some((file) => file.endsWith('apiShapes.ts'))).toBe(true);
	});

	it('take typed values: a loose object only as an API shape', () => {
		expect(loose).toEqual([]);
	});

	it('read no parameter, nor does the transport: operations read them and pass values', () => {
		const transport = sourceFiles(path.join(sourceRoot, 'nodes/TeleCrm/transport'));
		const readers = [...files, ...transport]
			.filter((file) => fs.readFileSync(file, 'utf8').includes('getNodeParameter'))
			.map((file) => path.relative(sourceRoot, file));
		expect(transport.length).toBeGreaterThan(5);
		expect(readers).toEqual([]);
	});
});
