package de.dienstleistungspool.platform.openapi;

import de.dienstleistungspool.platform.problem.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Finds the problem types a resource method can answer by reading the byte code it runs: every
 * {@link ProblemException} it or a method of ours it calls (lambdas included) creates with a literal slug, with the
 * status that factory gives. The code that throws is the one source of the types the OpenAPI document lists; a slug
 * put together at run time is not seen.
 */
public final class ProblemTypeScan {

    private static final String PROBLEM = ProblemException.class.getName().replace('.', '/');
    private static final String OURS = "de/dienstleistungspool/";
    private static final Map<String, Integer> FACTORIES = Map.of("conflict", 409, "badRequest", 400, "unprocessable", 422);

    private final ClassLoader loader;
    private final Map<String, ClassNode> classes = new HashMap<>();
    private final Map<String, String> titles = new HashMap<>();

    public ProblemTypeScan(ClassLoader loader) {
        this.loader = loader;
    }

    /** Status to the slugs the named method of the class (all its overloads) can answer with. */
    public SortedMap<Integer, SortedSet<String>> of(String className, String methodName) {
        SortedMap<Integer, SortedSet<String>> found = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        Deque<String[]> work = new ArrayDeque<>();
        ClassNode resource = load(className.replace('.', '/'));
        if (resource == null) {
            return found;
        }
        resource.methods.stream().filter(m -> m.name.equals(methodName))
                .forEach(m -> work.add(new String[] {resource.name, m.name, m.desc}));
        while (!work.isEmpty()) {
            String[] call = work.pop();
            if (seen.add(String.join(" ", call))) {
                MethodNode method = find(call[0], call[1], call[2]);
                if (method != null && method.instructions.size() > 0) {
                    scan(call[0], method, found, work);
                }
            }
        }
        return found;
    }

    /** The title a slug found through a constructor carries, or null (the factories' titles follow their status). */
    public String title(String slug) {
        return titles.get(slug);
    }

    private void scan(String owner, MethodNode method, Map<Integer, SortedSet<String>> found, Deque<String[]> work) {
        Frame<SourceValue>[] frames;
        try {
            frames = new Analyzer<>(new SourceInterpreter()).analyze(owner, method);
        } catch (AnalyzerException e) {
            return;
        }
        for (int i = 0; i < method.instructions.size(); i++) {
            AbstractInsnNode insn = method.instructions.get(i);
            if (insn instanceof MethodInsnNode call && call.owner.equals(PROBLEM) && frames[i] != null) {
                problem(call, frames[i], found);
            } else if (insn instanceof MethodInsnNode call && call.owner.startsWith(OURS)) {
                work.add(new String[] {call.owner, call.name, call.desc});
            } else if (insn instanceof InvokeDynamicInsnNode indy) {
                for (Object arg : indy.bsmArgs) {
                    if (arg instanceof Handle h && h.getOwner().startsWith(OURS)) {
                        work.add(new String[] {h.getOwner(), h.getName(), h.getDesc()});
                    }
                }
            }
        }
    }

    /** Records the status and slug of one {@code ProblemException} factory call or constructor. */
    private void problem(MethodInsnNode call, Frame<SourceValue> frame, Map<Integer, SortedSet<String>> found) {
        int args = org.objectweb.asm.Type.getArgumentTypes(call.desc).length;
        int first = frame.getStackSize() - args;
        if (call.name.equals("notFound")) {
            add(found, 404, "not-found");
        } else if (call.name.equals("forbidden")) {
            add(found, 403, "forbidden");
        } else if (FACTORIES.containsKey(call.name) && args == 2) {
            String slug = literal(frame.getStack(first));
            if (slug != null) {
                add(found, FACTORIES.get(call.name), slug);
            }
        } else if (call.name.equals("<init>") && args == 4) {
            Integer status = number(frame.getStack(first));
            String slug = literal(frame.getStack(first + 1));
            if (status != null && slug != null) {
                add(found, status, slug);
                String title = literal(frame.getStack(first + 2));
                if (title != null) {
                    titles.put(slug, title);
                }
            }
        }
    }

    private static void add(Map<Integer, SortedSet<String>> found, int status, String slug) {
        found.computeIfAbsent(status, s -> new TreeSet<>()).add(slug);
    }

    private static String literal(SourceValue value) {
        return value.insns.size() == 1 && value.insns.iterator().next() instanceof LdcInsnNode ldc
                && ldc.cst instanceof String s ? s : null;
    }

    private static Integer number(SourceValue value) {
        if (value.insns.size() != 1) {
            return null;
        }
        AbstractInsnNode insn = value.insns.iterator().next();
        if (insn instanceof IntInsnNode n && (n.getOpcode() == Opcodes.SIPUSH || n.getOpcode() == Opcodes.BIPUSH)) {
            return n.operand;
        }
        return insn instanceof LdcInsnNode ldc && ldc.cst instanceof Integer n ? n : null;
    }

    /** The method as declared by the class or its nearest superclass of ours. */
    private MethodNode find(String owner, String name, String desc) {
        for (ClassNode type = load(owner); type != null; type = type.superName.startsWith(OURS) ? load(type.superName) : null) {
            for (MethodNode m : type.methods) {
                if (m.name.equals(name) && m.desc.equals(desc)) {
                    return m;
                }
            }
            if (type.superName == null) {
                return null;
            }
        }
        return null;
    }

    private ClassNode load(String internalName) {
        return classes.computeIfAbsent(internalName, n -> {
            try (InputStream in = loader.getResourceAsStream(n + ".class")) {
                if (in == null) {
                    return null;
                }
                ClassNode node = new ClassNode();
                new ClassReader(in).accept(node, ClassReader.SKIP_DEBUG);
                return node;
            } catch (IOException e) {
                return null;
            }
        });
    }
}
